using Federation.Investment.Data;
using Federation.Kernel.Calendar;
using Federation.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Events;

/// <summary>Investment events on the calendar, their sessions (分会) as sessions, held where the record says.</summary>
internal sealed class EventCalendar(InvestmentDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking()
            .Where(e => e.StartDate <= to && e.EndDate >= from)
            .Select(e => new { e.Id, e.OrganisationId, e.Title, e.StartDate, e.EndDate, e.Venue, e.City, e.ParentEventId })
            .ToListAsync(ct);
        return events.Select(e => new CalendarEntry(
            $"inv:event:{e.Id}", e.OrganisationId, e.ParentEventId is null ? CalendarEntryKind.Event : CalendarEntryKind.Session,
            new LocalizedText(e.Title, e.Title), e.StartDate, e.EndDate,
            Place(string.IsNullOrWhiteSpace(e.Venue) ? e.City : $"{e.City} {e.Venue}"),
            $"/investment/events/{e.Id}", InvestmentModule.Read)).ToList();
    }

    private static LocalizedText Place(string place) => new(place, place);
}
