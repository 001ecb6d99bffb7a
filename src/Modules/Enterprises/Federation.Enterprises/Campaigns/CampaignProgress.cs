using Federation.Enterprises.Data;
using Federation.Enterprises.Visits;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Campaigns;

/// <summary>
/// Works out which assignments have been visited from the visits themselves, so recording,
/// moving or deleting a visit leaves the campaigns right in the same transaction.
/// </summary>
internal static class CampaignProgress
{
    /// <summary>Call before saving, with every enterprise whose visits the unit of work touches (old and new).</summary>
    public static async Task Refresh(EnterprisesDbContext db, IEnumerable<Guid> enterpriseIds, CancellationToken ct)
    {
        var ids = enterpriseIds.Distinct().ToList();
        var loaded = await db.Campaigns.Include(c => c.Assignments)
            .Where(c => c.Assignments.Any(a => ids.Contains(a.EnterpriseId))).ToListAsync(ct);
        // An assignment added in this unit of work is not in the database yet: its campaign is tracked.
        var campaigns = loaded.Concat(db.ChangeTracker.Entries<Campaign>().Select(e => e.Entity)
                .Where(c => c.Assignments.Any(a => ids.Contains(a.EnterpriseId))))
            .Distinct().ToList();
        if (campaigns.Count == 0) return;

        // The visits as they will stand after this save: stored rows not touched here, plus the tracked ones not being deleted.
        var tracked = db.ChangeTracker.Entries<Visit>().ToList();
        var trackedIds = tracked.Select(e => e.Entity.Id).ToList();
        var stored = await db.Visits.AsNoTracking()
            .Where(v => ids.Contains(v.EnterpriseId) && !trackedIds.Contains(v.Id))
            .Select(v => new { v.EnterpriseId, v.VisitedOn }).ToListAsync(ct);
        var visits = stored.Select(v => (v.EnterpriseId, v.VisitedOn))
            .Concat(tracked.Where(e => e.State != EntityState.Deleted).Select(e => (e.Entity.EnterpriseId, e.Entity.VisitedOn)))
            .ToList();

        foreach (var campaign in campaigns)
        foreach (var assignment in campaign.Assignments.Where(a => ids.Contains(a.EnterpriseId)))
        {
            assignment.VisitedOn = visits
                .Where(v => v.EnterpriseId == assignment.EnterpriseId && campaign.Covers(v.VisitedOn))
                .Select(v => (DateOnly?)v.VisitedOn).Min();
        }
    }
}
