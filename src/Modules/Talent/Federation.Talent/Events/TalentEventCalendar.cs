using Federation.Kernel.Calendar;
using Federation.Kernel.Imports;
using Federation.Kernel.Modules;
using Federation.Talent.Data;
using Federation.Talent.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Events;

/// <summary>Talent events (引才活动) on the calendar; an online session says so instead of a city.</summary>
internal sealed class TalentEventCalendar(TalentDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking()
            .Where(e => e.StartDate <= to && e.EndDate >= from)
            .Select(e => new { e.Id, e.OrganisationId, e.Title, e.StartDate, e.EndDate, e.Online, e.City })
            .ToListAsync(ct);
        var online = Bilingual.Of(() => TalentText.Get("Calendar.Online"));
        // Readers open talent events on the list (editing one needs the write permission): the link finds it there.
        return events.Select(e => new CalendarEntry(
            $"tal:event:{e.Id}", e.OrganisationId, CalendarEntryKind.Event, new LocalizedText(e.Title, e.Title),
            e.StartDate, e.EndDate, e.Online ? online : e.City is { Length: > 0 } city ? new LocalizedText(city, city) : null,
            $"/talent/events?year={e.StartDate.Year}&q={Uri.EscapeDataString(e.Title)}", TalentModule.Read)).ToList();
    }
}
