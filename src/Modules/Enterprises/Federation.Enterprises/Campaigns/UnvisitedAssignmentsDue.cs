using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Imports;
using Federation.Kernel.Reminders;
using Federation.Kernel.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Campaigns;

/// <summary>
/// An enterprise a leader was assigned in a campaign (百企走访) and has not yet visited, two
/// weeks before the campaign ends: the leader hears of it; after the end it escalates.
/// </summary>
internal sealed class UnvisitedAssignmentsDue(EnterprisesDbContext db) : IDueItems, IOpenWork
{
    private const int DaysAhead = 14;

    // A campaign long over is history, not a reminder.
    private const int DaysAfter = 30;

    public async Task<IReadOnlyList<DueItem>> Due(DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(DaysAhead);
        var since = today.AddDays(-DaysAfter);
        var open = await db.Campaigns.AsNoTracking()
            .Where(c => c.EndsOn <= horizon && c.EndsOn >= since && c.StartsOn <= today)
            .SelectMany(c => c.Assignments.Where(a => a.VisitedOn == null),
                (c, a) => new { a.Id, c.OrganisationId, Campaign = c.Name, c.EndsOn, a.EnterpriseName, a.LeaderUserId })
            .ToListAsync(ct);
        return open.Select(a => new DueItem(
            $"ent:assignment:{a.Id}:visit", a.OrganisationId,
            Bilingual.Of(() => EnterpriseText.Format("Reminder.Unvisited", a.EnterpriseName, a.Campaign, a.EndsOn.ToString("yyyy-MM-dd"))),
            "/enterprises/mine", a.EndsOn, a.EndsOn.AddDays(-DaysAhead), EnterprisesModule.Write, Responsible: [a.LeaderUserId])).ToList();
    }

    /// <summary>Every enterprise not yet visited in a campaign that has started and not long ended, due at the campaign's end.</summary>
    public async Task<IReadOnlyList<WorkItem>> Open(OpenWorkQuery query, CancellationToken ct)
    {
        var since = query.Today.AddDays(-DaysAfter);
        var open = await db.Campaigns.AsNoTracking().OwnedAsAsked(query)
            .Where(c => c.StartsOn <= query.Today && c.EndsOn >= since && c.EndsOn <= query.Until)
            .SelectMany(c => c.Assignments.Where(a => a.VisitedOn == null),
                (c, a) => new { a.Id, c.OrganisationId, Campaign = c.Name, c.EndsOn, a.EnterpriseName, a.LeaderUserId })
            .OrderBy(a => a.EndsOn).Take(query.Limit)
            .ToListAsync(ct);
        return open.Select(a => new WorkItem(
            $"ent:assignment:{a.Id}:visit", a.OrganisationId,
            Bilingual.Of(() => EnterpriseText.Format("Reminder.Unvisited", a.EnterpriseName, a.Campaign, a.EndsOn.ToString("yyyy-MM-dd"))),
            "/enterprises/mine", a.EndsOn, EnterprisesModule.Write, Responsible: [a.LeaderUserId])).ToList();
    }
}
