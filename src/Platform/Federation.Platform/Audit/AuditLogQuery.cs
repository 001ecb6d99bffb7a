using System.Globalization;
using System.Text.Json;
using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Audit.AuditEndpoints;
using Federation.Platform.Resources;

namespace Federation.Platform.Audit;

/// <summary>Reads the audit log, newest first, for the audit API and the audit page alike.</summary>
internal sealed class AuditLogQuery(PlatformDbContext db, ICurrentUser reader, IModuleDirectory modules, AuditVocabularies vocabularies)
{
    public async Task<PagedList<AuditEntryResponse>> List(ListQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        if (query.From is not null && query.To is not null && query.From > query.To)
            throw new RequestRejectedException("to", PlatformText.Get("RangeEndBeforeStart"));
        if (!string.IsNullOrWhiteSpace(query.Module) && modules.Enabled.All(m => m.Name != query.Module))
            throw new RequestRejectedException("module", PlatformText.Format("AuditUnknownModule", query.Module));
        if (query.EntityType is { Length: > 100 }) throw new RequestRejectedException("entityType", PlatformText.Get("AuditFilterTooLong"));
        if (query.UserName is { Length: > 50 }) throw new RequestRejectedException("userName", PlatformText.Get("AuditFilterTooLong"));
        var rows = db.AuditEntries.AsNoTracking();
        // A branch's admin reads what happened to its subtree's records; platform-wide entries and
        // everything else are for the root's admins.
        if (!reader.SeesEverything)
        {
            var visible = reader.VisibleOrganisationIds.Select(id => (Guid?)id).ToList();
            rows = rows.Where(a => visible.Contains(a.OrganisationId));
        }
        if (!string.IsNullOrWhiteSpace(query.UserName)) rows = rows.Where(a => a.UserName == query.UserName.ToLower());
        if (!string.IsNullOrWhiteSpace(query.Module)) rows = rows.Where(a => a.Module == query.Module);
        if (!string.IsNullOrWhiteSpace(query.EntityType)) rows = rows.Where(a => a.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId)) rows = rows.Where(a => a.EntityId == query.EntityId);
        if (query.From is not null) rows = rows.Where(a => a.AtUtc >= query.From.Value.ToUniversalTime());
        if (query.To is not null) rows = rows.Where(a => a.AtUtc <= query.To.Value.ToUniversalTime());
        var total = await rows.CountAsync(ct);
        // By when the change was made: entries are written as their events arrive, and several hosts
        // consuming from the broker may write a later change's entry before an earlier one's.
        var items = await rows.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .ToListAsync(ct);
        return new PagedList<AuditEntryResponse>(await Readable(items, ct), total, page, size);
    }

    private async Task<List<AuditEntryResponse>> Readable(List<AuditEntry> items, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var parsed = items.Select(a => (Entry: a, Changes: JsonDocument.Parse(a.Changes).RootElement.Clone())).ToList();
        var ids = parsed.SelectMany(p => AuditChangeReading.Ids(p.Changes))
            .Concat(items.Where(a => a.UserId is not null).Select(a => a.UserId!.Value))
            .Concat(items.Select(a => Guid.TryParse(a.EntityId, out var id) ? id : Guid.Empty))
            .Distinct().ToList();
        var names = await AuditNames.For(db, ids, items.Select(a => a.EntityId).Distinct().ToList(), ct);
        return parsed.Select(p =>
        {
            var a = p.Entry;
            var record = vocabularies.Record(a.Module, a.EntityType);
            var recordName = record?.Name(culture) ?? names.Kind(a.Module, a.EntityType, culture) ?? a.EntityType;
            return new AuditEntryResponse(a.Id, a.AtUtc, a.Module, a.EntityType, a.EntityId, a.Action, p.Changes, a.UserId, a.UserName,
                names.UserDisplayName(a.UserId), ModuleTitle(a.Module, culture), recordName, names.Any(a.EntityId, culture),
                PlatformText.Get("AuditAction." + a.Action, culture),
                AuditChangeReading.Read(p.Changes, record, names, culture));
        }).ToList();
    }

    private string ModuleTitle(string name, CultureInfo culture) =>
        modules.Enabled.FirstOrDefault(m => m.Name == name)?.Title.For(culture) ?? name;
}
