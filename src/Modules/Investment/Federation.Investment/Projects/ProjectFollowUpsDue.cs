using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Imports;
using Federation.Kernel.Reminders;
using Federation.Kernel.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Projects;

/// <summary>
/// A project's next follow-up (下次跟进) is due: its 责任人 hears three days ahead, and once
/// it is past, the department and the leadership do. A finished project is followed no more.
/// </summary>
internal sealed class ProjectFollowUpsDue(InvestmentDbContext db) : IDueItems, IOpenWork
{
    private const int DaysAhead = 3;

    public async Task<IReadOnlyList<DueItem>> Due(DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(DaysAhead);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.NextFollowUpDue != null && p.NextFollowUpDue <= horizon
                && p.Stage != ProjectStage.InProduction && p.Stage != ProjectStage.Dropped)
            .Select(p => new { p.Id, p.OrganisationId, p.Name, p.NextFollowUpDue, p.ResponsibleStaff })
            .ToListAsync(ct);
        return projects.Select(p => new DueItem(
            $"inv:project:{p.Id}:follow-up", p.OrganisationId,
            Bilingual.Of(() => InvestmentText.Format("Reminder.FollowUp", p.Name, p.NextFollowUpDue!.Value.ToString("yyyy-MM-dd"))),
            $"/investment/projects/{p.Id}", p.NextFollowUpDue!.Value, p.NextFollowUpDue.Value.AddDays(-DaysAhead),
            InvestmentModule.Write, ResponsibleName: p.ResponsibleStaff)).ToList();
    }

    /// <summary>Every follow-up of a project still being followed, due by the date asked for, overdue ones first.</summary>
    public async Task<IReadOnlyList<WorkItem>> Open(OpenWorkQuery query, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking().OwnedAsAsked(query)
            .Where(p => p.NextFollowUpDue != null && p.NextFollowUpDue <= query.Until
                && p.Stage != ProjectStage.InProduction && p.Stage != ProjectStage.Dropped)
            .OrderBy(p => p.NextFollowUpDue).Take(query.Limit)
            .Select(p => new { p.Id, p.OrganisationId, p.Name, p.NextFollowUpDue, p.ResponsibleStaff })
            .ToListAsync(ct);
        return projects.Select(p => new WorkItem(
            $"inv:project:{p.Id}:follow-up", p.OrganisationId,
            Bilingual.Of(() => InvestmentText.Format("Reminder.FollowUp", p.Name, p.NextFollowUpDue!.Value.ToString("yyyy-MM-dd"))),
            $"/investment/projects/{p.Id}", p.NextFollowUpDue, InvestmentModule.Write, ResponsibleName: p.ResponsibleStaff)).ToList();
    }
}
