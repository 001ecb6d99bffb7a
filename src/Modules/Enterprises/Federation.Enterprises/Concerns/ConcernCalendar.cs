using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Calendar;
using Federation.Kernel.Imports;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Concerns;

/// <summary>A pending concern's due date (办结时限); a settled concern is due no more.</summary>
internal sealed class ConcernCalendar(EnterprisesDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.DueOn != null && c.DueOn >= from && c.DueOn <= to
                && (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred))
            .Select(c => new { c.Id, c.OrganisationId, c.EnterpriseName, c.DueOn })
            .ToListAsync(ct);
        return concerns.Select(c => new CalendarEntry(
            $"ent:concern:{c.Id}:due", c.OrganisationId, CalendarEntryKind.Due,
            Bilingual.Of(() => EnterpriseText.Format("Calendar.ConcernDue", c.EnterpriseName ?? "—")), c.DueOn!.Value, c.DueOn.Value, null,
            $"/enterprises/concerns/{c.Id}", EnterprisesModule.Read)).ToList();
    }
}
