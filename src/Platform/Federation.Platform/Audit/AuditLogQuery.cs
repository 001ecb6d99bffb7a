using System.Text.Json;
using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Audit.AuditEndpoints;
using Federation.Platform.Resources;

namespace Federation.Platform.Audit;

/// <summary>Reads the audit log, newest first, for the audit API and the audit page alike.</summary>
internal sealed class AuditLogQuery(PlatformDbContext db, ICurrentUser reader)
{
    public async Task<PagedList<AuditEntryResponse>> List(ListQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        if (query.From is not null && query.To is not null && query.From > query.To)
            throw new RequestRejectedException("to", PlatformText.Get("RangeEndBeforeStart"));
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
        var entries = items.Select(a => new AuditEntryResponse(a.Id, a.AtUtc, a.Module, a.EntityType, a.EntityId, a.Action,
            JsonDocument.Parse(a.Changes).RootElement.Clone(), a.UserId, a.UserName)).ToList();
        return new PagedList<AuditEntryResponse>(entries, total, page, size);
    }
}
