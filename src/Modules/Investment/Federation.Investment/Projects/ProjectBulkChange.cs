using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Kernel.Web;
using Federation.Scorecard.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Projects;

/// <summary>
/// Assigns the selected projects to a responsible staff member, or tags them with a programme, the
/// way a correction of each would (the same domain method, the same ProjectCorrected event and audit
/// entry), in one save: either every selected project changes or none does.
/// </summary>
internal static class ProjectBulkChange
{
    internal static async Task<Ok<BulkChangeResult>> Apply(
        BulkChange change, InvestmentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        if (change.Action == BulkChange.Tag)
            await programmes.EnsureTaggable(change.ProgrammeId, InvestmentModule.ModuleName, "programmeId", ct);
        var ids = change.Ids!.Distinct().ToList();
        var projects = change.All(await db.Projects.VisibleTo(user).Include(p => p.Stages).Include(p => p.FollowUps).AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(ct), p => p.Id);
        foreach (var project in projects)
        {
            var details = Details(project);
            project.Apply(change.Action == BulkChange.Assign
                ? details with { ResponsibleStaff = change.Assignee!.Trim() }
                : details with { ProgrammeId = change.ProgrammeId });
            db.Publish(() => new ProjectCorrected(project.ToSnapshot()));
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new BulkChangeResult(change.Action!, projects.Count));
    }

    private static ProjectDetails Details(Project p) => new(p.Name, p.InvestorName, p.InvestorKind, p.InvestorCountryOrRegion, p.Industry,
        p.AmountFen is { } fen ? StatedAmount.Of(fen / 100m, p.AmountQualifier, p.AmountUpToFen / 100m) : null,
        p.Town, p.EventId, p.ResponsibleStaff, p.ProgrammeId, p.Area);
}
