using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Audit;

/// <summary>
/// The names behind the ids a page of audit entries holds: users and organisations from the
/// platform's own tables, any other record from the search projection (never another module's tables).
/// </summary>
internal sealed class AuditNames
{
    private readonly Dictionary<Guid, (string UserName, string DisplayName)> users;
    private readonly Dictionary<Guid, (string Zh, string? En)> organisations;
    private readonly Dictionary<string, string> records;
    private readonly Dictionary<(string Module, string Type), (string Zh, string En)> kinds;
    private readonly List<(Guid Id, string Zh, string? En)> towns;

    private AuditNames(Dictionary<Guid, (string, string)> users, Dictionary<Guid, (string, string?)> organisations,
        Dictionary<string, string> records, Dictionary<(string, string), (string, string)> kinds, List<(Guid, string, string?)> towns) =>
        (this.users, this.organisations, this.records, this.kinds, this.towns) = (users, organisations, records, kinds, towns);

    public static async Task<AuditNames> For(PlatformDbContext db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> recordIds,
        CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => (u.UserName, u.DisplayName), ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.NameEn }).ToDictionaryAsync(o => o.Id, o => (o.Name, o.NameEn), ct);
        var texts = ids.Select(i => i.ToString()).Concat(recordIds).Distinct().ToList();
        var found = await db.SearchEntries.AsNoTracking().Where(s => texts.Contains(s.RecordId) && s.Title != "")
            .Select(s => new { s.Module, s.RecordType, s.RecordId, s.Title, s.KindZh, s.KindEn }).ToListAsync(ct);
        var records = found.GroupBy(s => s.RecordId).ToDictionary(g => g.Key, g => g.First().Title);
        var kinds = found.GroupBy(s => (s.Module, s.RecordType)).ToDictionary(g => g.Key, g => (g.First().KindZh, g.First().KindEn));
        // A few dozen towns: all of them, so a town reads in English whether stored by name or by id.
        var towns = (await db.Towns.AsNoTracking().Select(t => new { t.Id, t.Name, t.NameEn }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name, t.NameEn)).ToList();
        return new AuditNames(users, organisations, records, kinds, towns);
    }

    public string? UserDisplayName(Guid? id) => id is { } known && users.TryGetValue(known, out var user) ? user.DisplayName : null;

    public string? User(string id) => Guid.TryParse(id, out var guid) && users.TryGetValue(guid, out var user)
        ? $"{user.DisplayName}（{user.UserName}）" : null;

    public string? Organisation(string id, System.Globalization.CultureInfo culture) =>
        Guid.TryParse(id, out var guid) && organisations.TryGetValue(guid, out var org)
            ? culture.TwoLetterISOLanguageName == "zh" || org.En is null ? org.Zh : org.En
            : null;

    /// <summary>What search calls the record type, for a type its module does not name in its audit terms.</summary>
    public string? Kind(string module, string recordType, System.Globalization.CultureInfo culture) =>
        kinds.TryGetValue((module, recordType), out var kind) ? culture.TwoLetterISOLanguageName == "zh" ? kind.Zh : kind.En : null;

    public string? Record(string id) => records.GetValueOrDefault(id);

    /// <summary>A town, by its name or its id, in the reader's language; null for a name that is no town's.</summary>
    public string? Town(string nameOrId, System.Globalization.CultureInfo culture)
    {
        var town = towns.FirstOrDefault(t => t.Zh == nameOrId || (Guid.TryParse(nameOrId, out var id) && t.Id == id));
        if (town.Zh is null) return null;
        return culture.TwoLetterISOLanguageName == "zh" || town.En is null ? town.Zh : town.En;
    }

    /// <summary>Whatever the id names: a record, an organisation, a user or a town.</summary>
    public string? Any(string id, System.Globalization.CultureInfo culture) =>
        Record(id) ?? Organisation(id, culture) ?? User(id) ?? (Guid.TryParse(id, out _) ? Town(id, culture) : null);
}
