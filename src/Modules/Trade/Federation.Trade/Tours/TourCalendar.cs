using Federation.Kernel.Calendar;
using Federation.Kernel.Modules;
using Federation.Trade.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Trade.Tours;

/// <summary>Inspection tours (华商行) over their days, at the towns they cover.</summary>
internal sealed class TourCalendar(TradeDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var tours = await db.Tours.AsNoTracking().Where(t => t.StartsOn <= to && t.EndsOn >= from).ToListAsync(ct);
        // Readers open tours on the list (editing one needs the write permission): the link finds it there.
        return tours.Select(t => new CalendarEntry(
            $"trd:tour:{t.Id}", t.OrganisationId, CalendarEntryKind.Tour, new LocalizedText(t.Title, t.Title),
            t.StartsOn, t.EndsOn, t.Towns.Count == 0 ? null : new LocalizedText(string.Join("、", t.Towns), string.Join(", ", t.Towns)),
            $"/trade/tours?year={t.StartsOn.Year}", TradeModule.Read)).ToList();
    }
}
