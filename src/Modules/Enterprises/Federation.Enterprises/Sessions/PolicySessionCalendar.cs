using Federation.Enterprises.Data;
using Federation.Kernel.Calendar;
using Federation.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Sessions;

/// <summary>Policy sessions with government departments (政策面对面) on their day.</summary>
internal sealed class PolicySessionCalendar(EnterprisesDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var sessions = await db.PolicySessions.AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn <= to)
            .Select(s => new { s.Id, s.OrganisationId, s.Topic, s.HeldOn, s.Venue })
            .ToListAsync(ct);
        return sessions.Select(s => new CalendarEntry(
            $"ent:policy-session:{s.Id}", s.OrganisationId, CalendarEntryKind.Event, new LocalizedText(s.Topic, s.Topic),
            s.HeldOn, s.HeldOn, string.IsNullOrWhiteSpace(s.Venue) ? null : new LocalizedText(s.Venue, s.Venue),
            $"/enterprises/sessions/{s.Id}", EnterprisesModule.Read)).ToList();
    }
}
