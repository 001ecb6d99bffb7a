using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Calendar;
using Federation.Kernel.Imports;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Projects;

/// <summary>A project's next follow-up (下次跟进) on its day, as long as the project is still followed.</summary>
internal sealed class FollowUpCalendar(InvestmentDbContext db) : ICalendarEntries
{
    public async Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.NextFollowUpDue != null && p.NextFollowUpDue >= from && p.NextFollowUpDue <= to
                && p.Stage != ProjectStage.InProduction && p.Stage != ProjectStage.Dropped)
            .Select(p => new { p.Id, p.OrganisationId, p.Name, p.NextFollowUpDue })
            .ToListAsync(ct);
        return projects.Select(p => new CalendarEntry(
            $"inv:project:{p.Id}:follow-up", p.OrganisationId, CalendarEntryKind.Due,
            Bilingual.Of(() => InvestmentText.Format("Calendar.FollowUp", p.Name)),
            p.NextFollowUpDue!.Value, p.NextFollowUpDue.Value, null,
            $"/investment/projects/{p.Id}", InvestmentModule.Read)).ToList();
    }
}
