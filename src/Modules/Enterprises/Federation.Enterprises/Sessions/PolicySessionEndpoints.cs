using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Departments;

namespace Federation.Enterprises.Sessions;

internal static class PolicySessionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup("/policy-sessions").WithTag("Policy sessions", "Sessions where policies are explained to enterprises.");
        sessions.MapGet("/", List).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesPolicySessionsList", "List policy sessions",
                "Pages through the policy sessions visible to the caller (filters year, department, organisationId), answering { items, total, page, pageSize }.");
        sessions.MapGet("/{id:guid}", Get).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesPolicySessionsGet", "Read a policy session",
                "Answers one policy session with its current version; 404 when it does not exist or is outside the caller's organisations.");
        sessions.MapPost("/", Hold).RequirePermission(EnterprisesModule.Write).Validate<PolicySessionRequest>()
            .Describe("enterprisesPolicySessionsCreate", "Record a policy session",
                "Records a new policy session; the answer is the stored policy session (201, with its address in Location). Every refused field is named in the problem's errors.");
        sessions.MapPut("/{id:guid}", Correct).RequirePermission(EnterprisesModule.Write).Validate<PolicySessionRequest>()
            .Describe("enterprisesPolicySessionsUpdate", "Correct a policy session",
                "Replaces the policy session's details; send the version you read, or get 409 with currentVersion.");
        sessions.MapDelete("/{id:guid}", Remove).RequirePermission(EnterprisesModule.Write)
            .Describe("enterprisesPolicySessionsDelete", "Delete a policy session",
                "Moves the policy session to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, string? Department, Guid? OrganisationId, int? Page, int? PageSize);

    internal static async Task<Ok<PagedList<PolicySessionResponse>>> List([AsParameters] ListQuery query, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var rows = db.PolicySessions.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(s => s.HeldOn.Year == year);
        if (!string.IsNullOrWhiteSpace(query.Department)) rows = rows.Where(s => s.Departments.Contains(query.Department));
        if (query.OrganisationId is not null) rows = rows.Where(s => s.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Id).Skip((page - 1) * size).Take(size)
            .Select(s => new { Session = s, Concerns = db.Concerns.Count(c => c.PolicySessionId == s.Id) }).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<PolicySessionResponse>(
            items.Select(i => PolicySessionResponse.From(i.Session, i.Concerns)).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<PolicySessionResponse>, NotFound>> Get(Guid id, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var session = await db.PolicySessions.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(s => s.Id == id, ct);
        return session is null ? TypedResults.NotFound()
            : TypedResults.Ok(PolicySessionResponse.From(session, await db.Concerns.CountAsync(c => c.PolicySessionId == id, ct)));
    }

    internal static async Task<Created<PolicySessionResponse>> Hold(
        PolicySessionRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IDepartmentDirectory departments,
        CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        var session = new PolicySession { Topic = "" };
        Apply(session, request);
        session.OrganisationId = user.OwnerFor(request.OrganisationId);
        session.Departments = await departments.CheckedAll(session.OrganisationId, DepartmentKind.Government, request.Departments!, "departments", ct);
        db.PolicySessions.Add(session);
        db.Publish(() => Changed(session, removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/enterprises/policy-sessions/{session.Id}", PolicySessionResponse.From(session, 0));
    }

    internal static async Task<Results<Ok<PolicySessionResponse>, NotFound>> Correct(
        Guid id, PolicySessionRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes,
        IDepartmentDirectory departments, CancellationToken ct)
    {
        var session = await db.PolicySessions.VisibleTo(user).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return TypedResults.NotFound();
        db.ExpectVersion(session, request.Version);
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        var held = session.Departments.ToList();
        Apply(session, request);
        session.OrganisationId = user.OwnerFor(request.OrganisationId ?? session.OrganisationId);
        session.Departments = await departments.CheckedAll(session.OrganisationId, DepartmentKind.Government, request.Departments!, "departments", ct, held);
        db.Publish(() => Changed(session, removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PolicySessionResponse.From(session, await db.Concerns.CountAsync(c => c.PolicySessionId == id, ct)));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var session = await db.PolicySessions.VisibleTo(user).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return TypedResults.NotFound();
        db.ExpectVersion(session, version);
        if (await db.Concerns.AnyAsync(c => c.PolicySessionId == id, ct))
            throw new RuleViolationException("id", EnterpriseText.Get("SessionHasConcerns"));
        db.PolicySessions.Remove(session);
        db.Publish(Changed(session, removed: true) with { Version = session.Version + 1 });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static PolicySessionChanged Changed(PolicySession s, bool removed) =>
        new(s.Id, s.OrganisationId, s.Topic, s.HeldOn, s.Departments.ToList(), removed, s.Version);

    private static void Apply(PolicySession session, PolicySessionRequest request)
    {
        session.Topic = request.Topic!.Trim();
        session.HeldOn = request.HeldOn!.Value;
        session.Departments = request.Departments!.Select(d => d!.Trim()).Distinct().ToList();
        session.Attendees = request.Attendees!.Value;
        session.Venue = string.IsNullOrWhiteSpace(request.Venue) ? null : request.Venue.Trim();
        session.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        session.ProgrammeId = request.ProgrammeId;
    }
}
