using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Calendar;
using Federation.Kernel.Imports;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Campaigns;

/// <summary>
/// A service campaign's last day: the day its visits must be done by. Its whole run would cover
/// every day of a month-long campaign and hide the day-to-day entries.
/// </summary>
internal sealed class CampaignCalendar(EnterprisesDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.EndsOn >= from && c.EndsOn <= to)
            .Select(c => new { c.Id, c.OrganisationId, c.Name, c.EndsOn })
            .ToListAsync(ct);
        return campaigns.Select(c => new CalendarEntry(
            $"ent:campaign:{c.Id}:end", c.OrganisationId, CalendarEntryKind.Deadline,
            Bilingual.Of(() => EnterpriseText.Format("Calendar.CampaignEnds", c.Name)), c.EndsOn, c.EndsOn, null,
            $"/enterprises/campaigns/{c.Id}", EnterprisesModule.Read)).ToList();
    }
}
