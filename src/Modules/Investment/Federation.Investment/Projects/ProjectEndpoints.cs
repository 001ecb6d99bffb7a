using Federation.Kernel.Geography;
using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Kernel.Kpis;
using Federation.Kernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Money = Federation.Kernel.Money.Money;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Projects;

internal static class ProjectEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTag("Project ledger", "Investment projects from first contact through signing, groundbreaking and operation, with their follow-ups.");
        projects.MapGet("/", ProjectLedger.List).RequirePermission(InvestmentModule.Read)
            .Describe("investmentProjectsList", "List projects",
                "Pages through the project ledger the caller may see, with filters and sorting as on the ledger page; the page also carries the total amount of all matching projects in yuan.");
        projects.MapGet("/board", ProjectBoard.Read).RequirePermission(InvestmentModule.Read)
            .Describe("investmentProjectsBoard", "Read the project board",
                "The projects as a board: one column per stage, in the stage order, with a card per project.");
        projects.MapGet("/{id:guid}", Get).RequirePermission(InvestmentModule.Read)
            .Describe("investmentProjectsGet", "Read a project",
                "Answers one project with its stage, its details and its current version; 404 when it is not visible to the caller.");
        projects.MapPost("/bulk", ProjectBulkChange.Apply).RequirePermission(InvestmentModule.Write).Validate<BulkChange>()
            .Describe("investmentProjectsBulkChange", "Change many projects",
                "Applies one change to the chosen projects, each at the version the caller read; answers which were changed and which refused.");
        projects.MapPost("/", Enter).RequirePermission(InvestmentModule.Write).Validate<ProjectRequest>()
            .Describe("investmentProjectsCreate", "Enter a project",
                "Enters a project into the ledger at its first stage (201); amounts are yuan with at most two decimals.");
        projects.MapPut("/{id:guid}", Correct).RequirePermission(InvestmentModule.Write).Validate<ProjectCorrection>()
            .Describe("investmentProjectsUpdate", "Correct a project",
                "Replaces the project's details; send the version you read, or get 409 with currentVersion.");
        projects.MapPost("/{id:guid}/stage", Advance).RequirePermission(InvestmentModule.Write).Validate<AdvanceRequest>()
            .Describe("investmentProjectsAdvanceStage", "Advance a project's stage",
                "Moves the project to a later stage on a date; an impossible transition is a 409 naming the stage.");
        projects.MapPost("/{id:guid}/stage/revert", Revert).RequirePermission(InvestmentModule.Write).Validate<RevertRequest>()
            .Describe("investmentProjectsRevertStage", "Revert a project's stage",
                "Takes back the project's last stage change, with a reason, when it was entered by mistake.");
        projects.MapPost("/{id:guid}/follow-ups", FollowUp).RequirePermission(InvestmentModule.Write).Validate<FollowUpRequest>()
            .Describe("investmentProjectsAddFollowUp", "Record a follow-up",
                "Adds a dated follow-up note to the project, which also sets when the next one is due.");
        projects.MapDelete("/{id:guid}", Remove).RequirePermission(InvestmentModule.Write)
            .Describe("investmentProjectsDelete", "Delete a project",
                "Moves the project to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal static async Task<Results<Ok<ProjectResponse>, NotFound>> Get(
        Guid id, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var project = await Load(db, user, id, ct);
        return project is null ? TypedResults.NotFound() : TypedResults.Ok(ProjectResponse.From(project, ChinaCalendar.Today(clock)));
    }

    internal static async Task<Created<ProjectResponse>> Enter(
        ProjectRequest request, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes, IPlaceDirectory places,
        CancellationToken ct)
    {
        await EventReference.EnsureVisible(db, user, request.EventId, ct);
        await programmes.EnsureTaggable(request.ProgrammeId, InvestmentModule.ModuleName, "programmeId", ct);
        var project = Add(db, await Details(request, places, ct), request.Stage!.Value, request.StageDate!.Value, user.OwnerFor(request.OrganisationId), user.UserName);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/investment/projects/{project.Id}", ProjectResponse.From(project, ChinaCalendar.Today(clock)));
    }

    /// <summary>
    /// Enters a project into the ledger at its first stage and queues the stage it reached; the
    /// caller saves: the endpoint, or the lead consumer's inbox.
    /// </summary>
    internal static Project Add(InvestmentDbContext db, ProjectDetails details, ProjectStage stage, DateOnly date, Guid owner, string recordedBy)
    {
        var project = Project.Enter(details, stage, date, recordedBy);
        project.OrganisationId = owner;
        db.Projects.Add(project);
        db.Publish(() => new ProjectStageReached(project.ToSnapshot(), project.Stage, project.StageDate));
        return project;
    }

    internal static async Task<Results<Ok<ProjectResponse>, NotFound>> Correct(
        Guid id, ProjectCorrection request, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes,
        IPlaceDirectory places, CancellationToken ct)
    {
        var project = await Load(db, user, id, ct);
        if (project is null) return TypedResults.NotFound();
        db.ExpectVersion(project, request.Version!.Value);
        await EventReference.EnsureVisible(db, user, request.EventId, ct);
        await programmes.EnsureTaggable(request.ProgrammeId, InvestmentModule.ModuleName, "programmeId", ct);
        project.Apply(await Details(request, places, ct));
        db.Publish(() => new ProjectCorrected(project.ToSnapshot()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project, ChinaCalendar.Today(clock)));
    }

    internal static async Task<Results<Ok<ProjectResponse>, NotFound>> Advance(
        Guid id, AdvanceRequest request, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var project = await Load(db, user, id, ct);
        if (project is null) return TypedResults.NotFound();
        db.ExpectVersion(project, request.Version!.Value);
        project.Advance(request.Stage!.Value, request.Date!.Value, user.UserName);
        db.Publish(() => new ProjectStageReached(project.ToSnapshot(), project.Stage, project.StageDate));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project, ChinaCalendar.Today(clock)));
    }

    internal static async Task<Results<Ok<ProjectResponse>, NotFound>> Revert(
        Guid id, RevertRequest request, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var project = await Load(db, user, id, ct);
        if (project is null) return TypedResults.NotFound();
        db.ExpectVersion(project, request.Version!.Value);
        var reverted = project.RevertLastStage();
        project.AddFollowUp(ChinaCalendar.Today(clock), InvestmentText.Format("RevertNote", InvestmentText.Of(reverted), request.Reason!), null, project.NextFollowUpDue, user.UserName);
        db.Publish(() => new ProjectStageReverted(project.ToSnapshot(), reverted));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project, ChinaCalendar.Today(clock)));
    }

    internal static async Task<Results<Ok<ProjectResponse>, NotFound>> FollowUp(
        Guid id, FollowUpRequest request, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var project = await Load(db, user, id, ct);
        if (project is null) return TypedResults.NotFound();
        // A project exists from its first stage (the intent's date), not from the day it was typed in.
        var first = project.Stages.Min(s => s.Date);
        if (request.Date < first)
            throw new RequestRejectedException("date", Kernel.Resources.Text.Format("NotBefore",
                InvestmentText.Get("FollowUpDate"), InvestmentText.Get("FirstStageDate"), first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        project.AddFollowUp(request.Date!.Value, request.Note!.Trim(), request.NextStep?.Trim(), request.NextStepDue, user.UserName);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProjectResponse.From(project, ChinaCalendar.Today(clock)));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(
        Guid id, int? version, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var project = await Load(db, user, id, ct);
        if (project is null) return TypedResults.NotFound();
        db.ExpectVersion(project, version);
        db.Projects.Remove(project);
        db.Publish(new ProjectRemoved(project.Id, project.OrganisationId, project.Version + 1));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<Project?> Load(InvestmentDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        db.Projects.VisibleTo(user).Include(p => p.Stages).Include(p => p.FollowUps)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);


    private static async Task<ProjectDetails> Details(IProjectDetailsRequest r, IPlaceDirectory places, CancellationToken ct)
    {
        var (town, area) = await places.Canonical(r.Town, r.Area, ct);
        return new(r.Name!.Trim(), Disclosed(r.InvestorName), r.InvestorKind ?? InvestorKind.Organisation, r.InvestorCountryOrRegion,
            Disclosed(r.Industry), StatedAmount.Of(r.AmountYuan, r.AmountQualifier, r.AmountUpToYuan), town!, r.EventId,
            r.ResponsibleStaff?.Trim(), r.ProgrammeId, area);
    }

    private static string? Disclosed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
