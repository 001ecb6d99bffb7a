using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Calendar;
using Federation.Kernel.Imports;
using Federation.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Visits;

/// <summary>Visits to enterprises (走访) on their day, at the enterprise's town.</summary>
internal sealed class VisitCalendar(EnterprisesDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var visits = await db.Visits.AsNoTracking().Where(v => v.VisitedOn >= from && v.VisitedOn <= to)
            .Select(v => new { v.Id, v.OrganisationId, v.EnterpriseName, v.Town, v.VisitedOn })
            .ToListAsync(ct);
        return visits.Select(v => new CalendarEntry(
            $"ent:visit:{v.Id}", v.OrganisationId, CalendarEntryKind.Visit,
            Bilingual.Of(() => EnterpriseText.Format("Calendar.Visit", v.EnterpriseName)), v.VisitedOn, v.VisitedOn,
            v.Town.Length == 0 ? null : new LocalizedText(v.Town, v.Town),
            $"/enterprises/visits/{v.Id}", EnterprisesModule.Read)).ToList();
    }
}
