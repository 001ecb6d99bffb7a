using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.RecycleBin.RecycleBinEndpoints;

namespace Federation.Platform.RecycleBin;

/// <summary>Reads the bin, most recently deleted first, for the API and the 回收站 page alike; a branch's admin sees its subtree's records.</summary>
internal sealed class RecycleBinQuery(PlatformDbContext db, ICurrentUser reader, IModuleDirectory modules, TimeProvider clock)
{
    public async Task<PagedList<RecycledResponse>> List(ListQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var rows = Waiting();
        if (!string.IsNullOrWhiteSpace(query.Module))
        {
            if (modules.Enabled.All(m => m.Name != query.Module))
                throw new RequestRejectedException("module", PlatformText.Format("RecycleBin.UnknownModule", string.Join(", ", modules.Enabled.Select(m => m.Name))));
            rows = rows.Where(r => r.Module == query.Module);
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.DeletedAtUtc).ThenByDescending(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = items.Where(r => r.DeletedById is not null).Select(r => r.DeletedById!.Value).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var culture = CultureInfo.CurrentUICulture;
        var now = clock.GetUtcNow().UtcDateTime;
        return new PagedList<RecycledResponse>(items.Select(r => new RecycledResponse(r.Id, r.Module,
            modules.Enabled.FirstOrDefault(m => m.Name == r.Module)?.Title.For(culture) ?? r.Module, r.RecordType, r.RecordId,
            new LocalizedText(r.KindZh, r.KindEn).For(culture), r.Title, r.OrganisationId,
            r.DeletedById is { } by && names.TryGetValue(by, out var name) && !string.IsNullOrEmpty(name) ? name : r.DeletedByName,
            r.DeletedAtUtc, r.PurgeAtUtc, DaysLeft(r, now))).ToList(), total, page, size);
    }

    /// <summary>The records waiting in the bin that the reader may see: deleted and neither restored nor purged.</summary>
    public IQueryable<RecycledRecord> Waiting()
    {
        var rows = db.RecycledRecords.AsNoTracking().Where(r => r.RestoredAtUtc == null);
        if (reader.SeesEverything) return rows;
        var visible = reader.VisibleOrganisationIds.ToList();
        return rows.Where(r => visible.Contains(r.OrganisationId));
    }

    // Whole days left, rounded up: a record deleted today shows 30, one due to be purged within the hour 1.
    private static int DaysLeft(RecycledRecord record, DateTime now) =>
        Math.Max(0, (int)Math.Ceiling((record.PurgeAtUtc - now).TotalDays));
}
