using Federation.Kernel.Reminders;
using Federation.Kernel.Imports;
using Federation.RightsProtection.Data;
using Federation.RightsProtection.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.RightsProtection.Cases;

/// <summary>
/// A case accepted but not resolved within 30 days: the staff hear of it three days ahead; past the
/// day it escalates to the leadership. Closing or resolving the case ends the reminders.
/// </summary>
internal sealed class CasesDue(RightsDbContext db) : IDueItems
{
    internal const int DaysToResolve = 30;
    private const int DaysAhead = 3;

    public async Task<IReadOnlyList<DueItem>> Due(DateOnly today, CancellationToken ct)
    {
        var acceptedBefore = today.AddDays(DaysAhead - DaysToResolve);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.AcceptedOn != null && c.AcceptedOn <= acceptedBefore
                && (c.Status == CaseStatus.Accepted || c.Status == CaseStatus.Referred))
            .Select(c => new { c.Id, c.OrganisationId, c.ComplainantName, c.AcceptedOn })
            .ToListAsync(ct);
        return cases.Select(c =>
        {
            var dueOn = c.AcceptedOn!.Value.AddDays(DaysToResolve);
            return new DueItem($"{RightsProtectionModule.Prefix}:case:{c.Id}:resolve", c.OrganisationId,
                Bilingual.Of(() => RightsText.Format("Reminder.Case", c.ComplainantName, dueOn.ToString("yyyy-MM-dd"))),
                $"/rights/cases/{c.Id}", dueOn, dueOn.AddDays(-DaysAhead), RightsProtectionModule.Write);
        }).ToList();
    }
}
