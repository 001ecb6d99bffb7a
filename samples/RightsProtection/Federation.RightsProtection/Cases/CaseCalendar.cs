using Federation.Kernel.Calendar;
using Federation.Kernel.Imports;
using Federation.Kernel.Modules;
using Federation.RightsProtection.Data;
using Federation.RightsProtection.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.RightsProtection.Cases;

/// <summary>
/// A case on the calendar: the day the complainant came (接待), and for an accepted case not yet
/// settled, the day it is to be resolved by (受理后30日).
/// </summary>
internal sealed class CaseCalendar(RightsDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var acceptedFrom = from.AddDays(-CasesDue.DaysToResolve);
        var acceptedTo = to.AddDays(-CasesDue.DaysToResolve);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => (c.ReceivedOn >= from && c.ReceivedOn <= to)
                || (c.AcceptedOn != null && c.AcceptedOn >= acceptedFrom && c.AcceptedOn <= acceptedTo
                    && (c.Status == CaseStatus.Accepted || c.Status == CaseStatus.Referred)))
            .Select(c => new { c.Id, c.OrganisationId, c.ComplainantName, c.Town, c.ReceivedOn, c.AcceptedOn, c.Status })
            .ToListAsync(ct);
        var entries = new List<CalendarEntry>();
        foreach (var c in cases)
        {
            var link = $"/rights/cases/{c.Id}";
            if (c.ReceivedOn >= from && c.ReceivedOn <= to)
                entries.Add(new CalendarEntry($"{RightsProtectionModule.Prefix}:case:{c.Id}:received", c.OrganisationId, CalendarEntryKind.Visit,
                    Bilingual.Of(() => RightsText.Format("Calendar.Received", c.ComplainantName)), c.ReceivedOn, c.ReceivedOn,
                    new LocalizedText(c.Town, c.Town), link, RightsProtectionModule.Read));
            if (c.AcceptedOn is { } accepted && c.Status is CaseStatus.Accepted or CaseStatus.Referred
                && accepted.AddDays(CasesDue.DaysToResolve) is var dueOn && dueOn >= from && dueOn <= to)
                entries.Add(new CalendarEntry($"{RightsProtectionModule.Prefix}:case:{c.Id}:resolve", c.OrganisationId, CalendarEntryKind.Due,
                    Bilingual.Of(() => RightsText.Format("Calendar.ResolveBy", c.ComplainantName)), dueOn, dueOn, null,
                    link, RightsProtectionModule.Read));
        }
        return entries;
    }
}
