using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Imports;
using Federation.Kernel.Reminders;
using Federation.Kernel.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Concerns;

/// <summary>
/// A pending concern (诉求) with a due date: the enterprise-services staff hear three days
/// ahead; past the date it escalates to the leadership, as the 办结时限 demands.
/// </summary>
internal sealed class ConcernsDue(EnterprisesDbContext db) : IDueItems, IOpenWork
{
    private const int DaysAhead = 3;

    public async Task<IReadOnlyList<DueItem>> Due(DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(DaysAhead);
        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.DueOn != null && c.DueOn <= horizon && (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred))
            .Select(c => new { c.Id, c.OrganisationId, c.EnterpriseName, c.Description, c.DueOn })
            .ToListAsync(ct);
        return concerns.Select(c => new DueItem(
            $"ent:concern:{c.Id}:due", c.OrganisationId,
            Bilingual.Of(() => EnterpriseText.Format("Reminder.Concern", c.EnterpriseName ?? "—", Shortened(c.Description), c.DueOn!.Value.ToString("yyyy-MM-dd"))),
            $"/enterprises/concerns/{c.Id}", c.DueOn!.Value, c.DueOn.Value.AddDays(-DaysAhead), EnterprisesModule.Write)).ToList();
    }

    /// <summary>Every pending concern due by the date asked for, and those given no due date, soonest first.</summary>
    public async Task<IReadOnlyList<WorkItem>> Open(OpenWorkQuery query, CancellationToken ct)
    {
        var concerns = await db.Concerns.AsNoTracking().OwnedAsAsked(query)
            .Where(c => (c.DueOn == null || c.DueOn <= query.Until) && (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred))
            .OrderBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenBy(c => c.RaisedOn).Take(query.Limit)
            .Select(c => new { c.Id, c.OrganisationId, c.EnterpriseName, c.Description, c.DueOn })
            .ToListAsync(ct);
        return concerns.Select(c => new WorkItem(
            $"ent:concern:{c.Id}:due", c.OrganisationId,
            Bilingual.Of(() => c.DueOn is { } due
                ? EnterpriseText.Format("Reminder.Concern", c.EnterpriseName ?? "—", Shortened(c.Description), due.ToString("yyyy-MM-dd"))
                : EnterpriseText.Format("Open.Concern", c.EnterpriseName ?? "—", Shortened(c.Description))),
            $"/enterprises/concerns/{c.Id}", c.DueOn, EnterprisesModule.Write)).ToList();
    }

    private static string Shortened(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
