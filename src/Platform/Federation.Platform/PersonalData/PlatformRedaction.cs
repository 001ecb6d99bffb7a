using System.Text.Json;
using Federation.Kernel.Messaging;
using Federation.Kernel.PersonalData;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Federation.Platform.PersonalData;

/// <summary>
/// Takes an erased person's values out of the platform's copies of them (ADR 0032): the audit
/// log's before/after values, the search projection, the recycle bin, the access log, comments,
/// notices and import reports. A phone, e-mail address or ID number is distinctive, so it goes
/// from every text column of every platform table; a name is not (two people may share one), so it
/// goes only from the rows about the person's records. Written in one bulk transaction and not
/// audited: an audit entry of the redaction would hold what it took out.
/// </summary>
internal sealed class PlatformRedaction(PlatformDbContext db, TimeProvider clock)
{
    private const string Mark = PersonalDataRedaction.Erased;

    public async Task Redact(PersonErased erased, CancellationToken ct)
    {
        var values = Forms(PersonalDataRedaction.Searchable(erased.ErasedValues));
        var names = Forms(PersonalDataRedaction.Searchable(erased.ErasedNames.Concat(await EarlierValues(erased, ct))));
        if (values.Count == 0 && names.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.InBulkTransaction(async token =>
        {
            foreach (var value in values) await FromEveryTextColumn(value, token);
            foreach (var name in names)
            {
                foreach (var id in erased.RelatedRecordIds) await FromRowsAbout(id, name, now, token);
                await db.ImportRowReports.Where(r => r.Key == name).ExecuteUpdateAsync(s => s.SetProperty(r => r.Key, Mark), token);
            }
        }, ct);
    }

    // What the audit log kept of the person's earlier values: the module's outbox may no longer hold every record of them.
    private async Task<List<string>> EarlierValues(PersonErased erased, CancellationToken ct)
    {
        var earlier = new List<string>();
        if (erased.AuditedProperties.Count == 0) return earlier;
        foreach (var id in erased.RelatedRecordIds)
            foreach (var changes in await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id).Select(a => a.Changes).ToListAsync(ct))
                earlier.AddRange(PersonalDataRedaction.ValuesOf(changes, erased.AuditedProperties));
        return earlier;
    }

    private async Task FromRowsAbout(string id, string name, DateTime now, CancellationToken ct)
    {
        await db.AuditEntries.Where(a => (a.EntityId == id || a.Changes.Contains(id)) && a.Changes.Contains(name))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Changes, a => a.Changes.Replace(name, Mark)), ct);
        // Marked changed, so the in-memory index takes the redacted entry at its next look.
        await db.SearchEntries.Where(e => e.RecordId == id && (e.Title.Contains(name) || e.Text.Contains(name)))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Title, e => e.Title.Replace(name, Mark))
                .SetProperty(e => e.Text, e => e.Text.Replace(name, Mark)).SetProperty(e => e.ChangedAtUtc, now), ct);
        await db.RecycledRecords.Where(r => r.RecordId == id && r.Title.Contains(name))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Title, r => r.Title.Replace(name, Mark)), ct);
        await db.Comments.Where(c => c.RecordId == id && c.Body.Contains(name))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Body, c => c.Body.Replace(name, Mark)), ct);
        await db.Notifications.Where(n => n.Link.Contains(id) && (n.TitleZh.Contains(name) || n.TitleEn.Contains(name)))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.TitleZh, n => n.TitleZh.Replace(name, Mark))
                .SetProperty(n => n.TitleEn, n => n.TitleEn.Replace(name, Mark)), ct);
        if (Guid.TryParse(id, out var recordId))
            await db.PersonalDataAccess.Where(a => a.RecordId == recordId && a.RecordName.Contains(name))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.RecordName, a => a.RecordName.Replace(name, Mark)), ct);
    }

    // Set-based over the model, so a table added later is covered without editing this class.
    private async Task FromEveryTextColumn(string value, CancellationToken ct)
    {
        foreach (var (table, column) in TextColumns())
        {
            var sql = $"UPDATE {table} SET {column} = replace({column}, {{0}}, {{1}}) WHERE {column} <> replace({column}, {{0}}, {{1}})";
            await db.Database.ExecuteSqlRawAsync(sql, [value, Mark], ct);
        }
    }

    private IEnumerable<(string Table, string Column)> TextColumns()
    {
        var seen = new HashSet<(string, string)>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } name) continue;
            var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
            var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{name}\"" : $"\"{name}\"";
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType != typeof(string) || property.GetValueConverter() is not null || property.IsPrimaryKey()) continue;
                if (property.GetColumnName(store) is not { } column || !seen.Add((table, column))) continue;
                yield return (table, $"\"{column}\"");
            }
        }
    }

    // Audit values and payloads are JSON: a value with a quote or a backslash is stored escaped.
    private static List<string> Forms(IReadOnlyList<string> values) =>
        values.SelectMany(v => new[] { v, JsonSerializer.Serialize(v, EventJson.Options)[1..^1] }).Distinct(StringComparer.Ordinal).ToList();
}
