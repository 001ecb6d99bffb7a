using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Programmes;

/// <summary>
/// The events the programmes page offers to launch a programme at: those the scorecard already
/// knows by name, from the facts of KPIs that list names (the flagship conferences), with the id of
/// the record that gave them. The scorecard never reads a work line's tables, so an event it has no
/// named fact of is typed in by its title.
/// </summary>
internal sealed class LaunchEvents(ScorecardDbContext db, IKpiCatalogue catalogue, ICurrentUser reader)
{
    public async Task<IReadOnlyList<LaunchEvent>> Known(CancellationToken ct)
    {
        var keys = catalogue.All.Where(k => k.ListsNames).Select(k => k.Key).ToList();
        if (keys.Count == 0) return [];
        var facts = db.KpiFacts.AsNoTracking().Where(f => keys.Contains(f.KpiKey) && f.Label != null);
        if (!reader.SeesEverything)
        {
            var visible = reader.VisibleOrganisationIds.ToList();
            facts = facts.Where(f => visible.Contains(f.OrganisationId));
        }
        var named = await facts.Select(f => new { f.RecordId, f.Label, f.On }).ToListAsync(ct);
        // A record may give several named facts (one per KPI); it is one event, on its first day.
        return named.GroupBy(f => f.RecordId)
            .Select(g => g.OrderBy(f => f.On).First())
            .OrderByDescending(f => f.On).ThenBy(f => f.Label, StringComparer.Ordinal)
            .Select(f => new LaunchEvent(f.RecordId, f.Label!, f.On))
            .ToList();
    }
}

/// <summary>An event a programme may be launched at: the id of its record, its title and its day.</summary>
internal sealed record LaunchEvent(Guid Id, string Title, DateOnly On);
