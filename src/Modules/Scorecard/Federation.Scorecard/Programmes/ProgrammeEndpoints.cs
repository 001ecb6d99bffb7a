using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Scorecard.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Departments;

namespace Federation.Scorecard.Programmes;

/// <summary>Everyone who reads the scorecard reads programmes; only admins configure them.</summary>
internal static class ProgrammeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var programmes = api.MapGroup("/programmes").WithTag("Programmes", "Programmes with yearly KPI targets and plans of action; records can be tagged with them.");
        programmes.MapGet("/", List).RequirePermission(ScorecardModule.Read)
            .Describe("programmesList", "List programmes",
                "Every programme visible to the caller, with its targets, actions and where it was launched.");
        programmes.MapGet("/{id:guid}", Get).RequirePermission(ScorecardModule.Read)
            .Describe("programmesGet", "Read a programme",
                "Answers one programme with its yearly KPI targets and its plan of actions.");
        programmes.MapPost("/", Create).RequirePermission(ScorecardModule.Configure).Validate<ProgrammeRequest>()
            .Describe("programmesCreate", "Create a programme",
                "Sets up a programme with yearly targets per KPI (201); needs scorecard.configure.");
        programmes.MapPut("/{id:guid}", Update).RequirePermission(ScorecardModule.Configure).Validate<ProgrammeRequest>()
            .Describe("programmesUpdate", "Change a programme",
                "Replaces the programme's details and targets; send the version you read, or get 409 with currentVersion.");
        programmes.MapDelete("/{id:guid}", Remove).RequirePermission(ScorecardModule.Configure)
            .Describe("programmesDelete", "Delete a programme",
                "Deletes the programme; takes the version read as ?version=. Records tagged with it keep their figures.");
    }

    internal sealed record ProgrammeResponse(Guid Id, string NameZh, string NameEn, string? WorkLine, DateOnly StartsOn, DateOnly? EndsOn,
        string OwningDepartment, Guid OrganisationId, IReadOnlyList<ProgrammeTarget> Targets, bool CountsTaggedOnly, int Version,
        Guid? LaunchedAtEventId, string? LaunchedAt, IReadOnlyList<ProgrammeAction> Actions)
    {
        public static ProgrammeResponse From(Programme p) => new(p.Id, p.NameZh, p.NameEn, p.WorkLine, p.StartsOn, p.EndsOn,
            p.OwningDepartment, p.OrganisationId, p.Targets, p.CountsTaggedOnly, p.Version, p.LaunchedAtEventId, p.LaunchedAt, p.Actions);
    }

    internal static async Task<Ok<List<ProgrammeResponse>>> List(int? year, ScorecardDbContext db, ICurrentUser user, CancellationToken ct)
    {
        QueryValues.Year(year);
        var rows = await db.Programmes.AsNoTracking().VisibleTo(user).OrderBy(p => p.StartsOn).ToListAsync(ct);
        return TypedResults.Ok(rows.Where(p => year is null || p.Covers(year.Value)).Select(ProgrammeResponse.From).ToList());
    }

    internal static async Task<Results<Ok<ProgrammeResponse>, NotFound>> Get(Guid id, ScorecardDbContext db, ICurrentUser user, CancellationToken ct) =>
        await db.Programmes.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct) is { } found
            ? TypedResults.Ok(ProgrammeResponse.From(found))
            : TypedResults.NotFound();

    internal static async Task<Created<ProgrammeResponse>> Create(
        ProgrammeRequest request, ScorecardDbContext db, ICurrentUser user, IDepartmentDirectory departments, CancellationToken ct)
    {
        var programme = new Programme { NameZh = "", NameEn = "", OwningDepartment = "" };
        Apply(programme, request, user);
        programme.OwningDepartment = (await departments.Checked(programme.OrganisationId, DepartmentKind.Own, request.OwningDepartment, "owningDepartment", ct))!;
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/scorecard/programmes/{programme.Id}", ProgrammeResponse.From(programme));
    }

    internal static async Task<Results<Ok<ProgrammeResponse>, NotFound>> Update(
        Guid id, ProgrammeRequest request, ScorecardDbContext db, ICurrentUser user, IDepartmentDirectory departments, CancellationToken ct)
    {
        var programme = await db.Programmes.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return TypedResults.NotFound();
        db.ExpectVersion(programme, request.Version);
        var held = programme.OwningDepartment;
        Apply(programme, request, user);
        programme.OwningDepartment = (await departments.Checked(
            programme.OrganisationId, DepartmentKind.Own, request.OwningDepartment, "owningDepartment", ct, held))!;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProgrammeResponse.From(programme));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, ScorecardDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var programme = await db.Programmes.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return TypedResults.NotFound();
        db.ExpectVersion(programme, version);
        db.Programmes.Remove(programme);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static void Apply(Programme programme, ProgrammeRequest request, ICurrentUser user)
    {
        programme.NameZh = request.NameZh!.Trim();
        programme.NameEn = request.NameEn!.Trim();
        programme.WorkLine = Trimmed(request.WorkLine);
        programme.StartsOn = request.StartsOn!.Value;
        programme.EndsOn = request.EndsOn;
        programme.OwningDepartment = request.OwningDepartment!.Trim();
        programme.OrganisationId = user.OwnerFor(request.OrganisationId ?? (programme.OrganisationId == Guid.Empty ? null : programme.OrganisationId));
        programme.CountsTaggedOnly = request.CountsTaggedOnly ?? false;
        programme.Targets = (request.Targets ?? []).Select(t => new ProgrammeTarget(t.KpiKey!, t.YearlyTarget!.Value)).ToList();
        programme.LaunchedAtEventId = request.LaunchedAtEventId;
        programme.LaunchedAt = Trimmed(request.LaunchedAt);
        programme.Actions = (request.Actions ?? []).Select(a => new ProgrammeAction(a.Title!.Trim(), Trimmed(a.Description))).ToList();
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
