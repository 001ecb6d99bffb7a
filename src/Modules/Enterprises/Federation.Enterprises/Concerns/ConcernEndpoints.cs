using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Money;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Departments;

namespace Federation.Enterprises.Concerns;

internal static class ConcernEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var concerns = api.MapGroup("/concerns").WithTag("Concerns", "Enterprises' concerns, referred to departments and followed until resolved.");
        concerns.MapGet("/", List).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesConcernsList", "List concerns",
                "Pages through the concerns visible to the caller as a queue (filters status, category, department, overdue, enterpriseId, visitId, policySessionId, year, q), answering { items, total, page, pageSize }.");
        concerns.MapGet("/{id:guid}", Get).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesConcernsGet", "Read a concern",
                "Answers one concern with its current version; 404 when it does not exist or is outside the caller's organisations.");
        concerns.MapPost("/", Raise).RequirePermission(EnterprisesModule.Write).Validate<ConcernRequest>()
            .Describe("enterprisesConcernsCreate", "Raise a concern",
                "Records a new concern; the answer is the stored concern (201, with its address in Location). Every refused field is named in the problem's errors.");
        concerns.MapPut("/{id:guid}", Correct).RequirePermission(EnterprisesModule.Write).Validate<ConcernRequest>()
            .Describe("enterprisesConcernsUpdate", "Correct a concern",
                "Replaces the concern's details; send the version you read, or get 409 with currentVersion.");
        concerns.MapPost("/{id:guid}/steps", Step).RequirePermission(EnterprisesModule.Write).Validate<StepRequest>()
            .Describe("enterprisesConcernsStep", "Move a concern on",
                "Refers, resolves, closes unresolved or reopens the concern, with the department, due date and a note.");
        concerns.MapPost("/{id:guid}/investment-lead", RaiseLead).RequirePermission(EnterprisesModule.Write).Validate<LeadRequest>()
            .Describe("enterprisesConcernsRaiseInvestmentLead", "Hand a concern to Investment",
                "Turns an expansion concern into an investment lead with an estimated amount; Investment enters it as a project.");
        concerns.MapDelete("/{id:guid}", Remove).RequirePermission(EnterprisesModule.Write)
            .Describe("enterprisesConcernsDelete", "Delete a concern",
                "Moves the concern to the recycle bin for 30 days; takes the version read as ?version=.");
        concerns.MapPost("/bulk", ConcernBulkChange.Apply).RequirePermission(EnterprisesModule.Write).Validate<BulkChange>()
            .Describe("enterprisesConcernsBulkChange", "Change many concerns",
                "Applies one change to the chosen concerns, each at the version the caller read; answers which were changed and which refused.");
    }

    internal sealed record ListQuery(
        string? Status, string? Category, string? Department, bool? Overdue, Guid? EnterpriseId, Guid? VisitId, Guid? PolicySessionId,
        int? Year, string? Q, Guid? OrganisationId, int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the queue may be sorted by instead of its working order.</summary>
    internal static readonly ListSort<Concern> Sorts = new ListSort<Concern>()
        .By("raisedOn", c => c.RaisedOn).By("dueOn", c => c.DueOn).By("department", c => c.Department)
        .By("enterprise", c => c.EnterpriseName).By("status", c => c.Status);

    /// <summary>The concern queue: pending overdue ones first, then by due date.</summary>
    internal static async Task<Ok<PagedList<ConcernResponse>>> List(
        [AsParameters] ListQuery query, EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var today = ChinaCalendar.Today(clock);
        var status = QueryValues.Enum<ConcernStatus>(query.Status, "status");
        var category = QueryValues.Enum<ConcernCategory>(query.Category, "category");
        var year = QueryValues.Year(query.Year);
        var rows = db.Concerns.AsNoTracking().VisibleTo(user);
        if (status is not null) rows = rows.Where(c => c.Status == status);
        if (category is not null) rows = rows.Where(c => c.Category == category);
        if (!string.IsNullOrWhiteSpace(query.Department)) rows = rows.Where(c => c.Department == query.Department);
        if (query.Overdue == true)
            rows = rows.Where(c => (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred) && c.DueOn < today);
        if (query.Overdue == false)
            rows = rows.Where(c => !((c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred) && c.DueOn < today));
        if (query.EnterpriseId is not null) rows = rows.Where(c => c.EnterpriseId == query.EnterpriseId);
        if (query.VisitId is not null) rows = rows.Where(c => c.VisitId == query.VisitId);
        if (query.PolicySessionId is not null) rows = rows.Where(c => c.PolicySessionId == query.PolicySessionId);
        if (year is not null) rows = rows.Where(c => c.RaisedOn.Year == year);
        if (!string.IsNullOrWhiteSpace(query.Q)) rows = rows.Where(c => c.Description.Contains(query.Q) || (c.EnterpriseName != null && c.EnterpriseName.Contains(query.Q)));
        if (query.OrganisationId is not null) rows = rows.Where(c => c.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await (ListSort<Concern>.Named(query.Sort) ? Sorts.Apply(rows, query.Sort).ThenBy(c => c.Id) : rows
            .OrderBy(c => (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred) && c.DueOn < today ? 0 : 1)
            .ThenBy(c => c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred ? 0 : 1)
            .ThenBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenByDescending(c => c.RaisedOn).ThenBy(c => c.Id))
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<ConcernResponse>(items.Select(c => ConcernResponse.From(c, today)).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<ConcernResponse>, NotFound>> Get(Guid id, EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var concern = await db.Concerns.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        return concern is null ? TypedResults.NotFound() : TypedResults.Ok(ConcernResponse.From(concern, ChinaCalendar.Today(clock)));
    }

    internal static async Task<Created<ConcernResponse>> Raise(
        ConcernRequest request, EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        var concern = new Concern { Description = "" };
        await Apply(db, user, programmes, concern, request, ct);
        concern.OrganisationId = user.OwnerFor(request.OrganisationId);
        concern.Raised(user.UserName, clock.GetUtcNow().UtcDateTime);
        db.Concerns.Add(concern);
        db.Publish(() => new ConcernChanged(concern.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/enterprises/concerns/{concern.Id}", ConcernResponse.From(concern, ChinaCalendar.Today(clock)));
    }

    /// <summary>Corrects what was recorded (wording, category, dates); the status moves only by steps.</summary>
    internal static async Task<Results<Ok<ConcernResponse>, NotFound>> Correct(
        Guid id, ConcernRequest request, EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        var concern = await db.Concerns.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null) return TypedResults.NotFound();
        db.ExpectVersion(concern, request.Version);
        if (concern.Steps.Any(s => s.From is not null && s.On < request.RaisedOn))
            throw new RequestRejectedException("raisedOn", EnterpriseText.Get("RaisedAfterSteps"));
        if (concern.LeadRaisedOn is not null && request.Category != ConcernCategory.Expansion)
            throw new RuleViolationException("category", EnterpriseText.Get("LeadKeepsCategory"));
        await Apply(db, user, programmes, concern, request, ct);
        concern.OrganisationId = user.OwnerFor(request.OrganisationId ?? concern.OrganisationId);
        db.Publish(() => new ConcernChanged(concern.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ConcernResponse.From(concern, ChinaCalendar.Today(clock)));
    }

    internal static async Task<Results<Ok<ConcernResponse>, NotFound>> Step(
        Guid id, StepRequest request, EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IDepartmentDirectory departments,
        CancellationToken ct)
    {
        var concern = await db.Concerns.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null) return TypedResults.NotFound();
        db.ExpectVersion(concern, request.Version!.Value);
        var today = ChinaCalendar.Today(clock);
        if (request.On > today) throw new RequestRejectedException("on", EnterpriseText.Get("StepInFuture"));
        var now = clock.GetUtcNow().UtcDateTime;
        var on = request.On!.Value;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        switch (request.To!.Value)
        {
            case ConcernStatus.Referred:
                var department = await departments.Checked(concern.OrganisationId, DepartmentKind.Government, request.Department, "department", ct, concern.Department);
                concern.Refer(department!, request.DueOn, on, user.UserName, now, note);
                break;
            case ConcernStatus.Resolved: concern.Resolve(on, note!, user.UserName, now); break;
            case ConcernStatus.ClosedUnresolved: concern.CloseUnresolved(on, note!, user.UserName, now); break;
            default: concern.Reopen(on, note!, user.UserName, now); break;
        }
        db.Publish(() => new ConcernChanged(concern.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ConcernResponse.From(concern, today));
    }

    /// <summary>
    /// Hands an expansion plan to the Investment work line: it enters an intent-stage project from
    /// the event. Published through the outbox with this change, so neither is lost without the other.
    /// </summary>
    internal static async Task<Results<Ok<ConcernResponse>, NotFound>> RaiseLead(
        Guid id, LeadRequest request, EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var concern = await db.Concerns.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null) return TypedResults.NotFound();
        db.ExpectVersion(concern, request.Version!.Value);
        var today = ChinaCalendar.Today(clock);
        concern.RaiseLead(today);
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == concern.EnterpriseId, ct);
        db.Publish(new InvestmentLeadRaised(concern.Id, concern.OrganisationId, enterprise.Id, enterprise.Name, enterprise.CreditCode,
            enterprise.InvestorCountryOrRegion, enterprise.Industry, enterprise.Town, concern.Description,
            request.EstimatedAmount is { } amount ? Money.FromYuan(amount).Fen : null, today, user.UserName));
        db.Publish(() => new ConcernChanged(concern.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ConcernResponse.From(concern, today));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var concern = await db.Concerns.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null) return TypedResults.NotFound();
        db.ExpectVersion(concern, version);
        if (concern.LeadRaisedOn is not null) throw new RuleViolationException("id", EnterpriseText.Get("LeadKeepsConcern"));
        db.Concerns.Remove(concern);
        db.Publish(new ConcernChanged(concern.ToSnapshot() with { Version = concern.Version + 1 }, Removed: true));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Where the concern was heard: a visit gives its enterprise; a session may or may not name one.</summary>
    private static async Task Apply(
        EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, Concern concern, ConcernRequest request, CancellationToken ct)
    {
        var enterpriseId = request.EnterpriseId;
        if (request.VisitId is not null)
        {
            var visit = await db.Visits.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(v => v.Id == request.VisitId, ct)
                ?? throw new RequestRejectedException("visitId", EnterpriseText.Get("NoSuchVisit"));
            if (enterpriseId is not null && enterpriseId != visit.EnterpriseId)
                throw new RequestRejectedException("enterpriseId", EnterpriseText.Get("NotTheVisitedEnterprise"));
            enterpriseId = visit.EnterpriseId;
        }
        if (request.PolicySessionId is not null && !await db.PolicySessions.VisibleTo(user).AnyAsync(s => s.Id == request.PolicySessionId, ct))
            throw new RequestRejectedException("policySessionId", EnterpriseText.Get("NoSuchSession"));
        Enterprise? enterprise = null;
        if (enterpriseId is not null)
            enterprise = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == enterpriseId, ct)
                ?? throw new RequestRejectedException("enterpriseId", EnterpriseText.Get("NoSuchEnterprise"));
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        concern.Follow(enterprise);
        concern.VisitId = request.VisitId;
        concern.PolicySessionId = request.PolicySessionId;
        concern.Category = request.Category!.Value;
        concern.Description = request.Description!.Trim();
        concern.RaisedOn = request.RaisedOn!.Value;
        concern.DueOn = request.DueOn;
        concern.ProgrammeId = request.ProgrammeId;
    }
}
