using Federation.Enterprises.Campaigns;
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

namespace Federation.Enterprises.Visits;

internal static class VisitEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var visits = api.MapGroup("/visits").WithTag("Visits", "Visits to enterprises and what was learnt on them.");
        visits.MapGet("/", List).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesVisitsList", "List visits to enterprises",
                "Pages through the visits to enterprises visible to the caller (filters enterpriseId, year, purpose, town), answering { items, total, page, pageSize }.");
        visits.MapGet("/{id:guid}", Get).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesVisitsGet", "Read a visit",
                "Answers one visit with its current version; 404 when it does not exist or is outside the caller's organisations.");
        visits.MapPost("/", Record).RequirePermission(EnterprisesModule.Write).Validate<VisitRequest>()
            .Describe("enterprisesVisitsCreate", "Record a visit",
                "Records a new visit; the answer is the stored visit (201, with its address in Location). Every refused field is named in the problem's errors.");
        visits.MapPut("/{id:guid}", Correct).RequirePermission(EnterprisesModule.Write).Validate<VisitRequest>()
            .Describe("enterprisesVisitsUpdate", "Correct a visit",
                "Replaces the visit's details; send the version you read, or get 409 with currentVersion.");
        visits.MapDelete("/{id:guid}", Remove).RequirePermission(EnterprisesModule.Write)
            .Describe("enterprisesVisitsDelete", "Delete a visit",
                "Moves the visit to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(Guid? EnterpriseId, int? Year, string? Purpose, string? Town, Guid? OrganisationId, int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the visits may be sorted by; the latest first by default.</summary>
    internal static readonly ListSort<Visit> Sorts = new ListSort<Visit>()
        .By("visitedOn", v => v.VisitedOn).By("enterprise", v => v.EnterpriseName).By("town", v => v.Town);

    internal static async Task<Ok<PagedList<VisitResponse>>> List([AsParameters] ListQuery query, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var purpose = QueryValues.Enum<VisitPurpose>(query.Purpose, "purpose");
        var rows = db.Visits.AsNoTracking().VisibleTo(user);
        if (query.EnterpriseId is not null) rows = rows.Where(v => v.EnterpriseId == query.EnterpriseId);
        if (year is not null) rows = rows.Where(v => v.VisitedOn.Year == year);
        if (purpose is not null) rows = rows.Where(v => v.Purpose == purpose);
        if (!string.IsNullOrWhiteSpace(query.Town)) rows = rows.Where(v => v.Town == query.Town);
        if (query.OrganisationId is not null) rows = rows.Where(v => v.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await Sorts.Apply(rows, query.Sort).ThenBy(v => v.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<VisitResponse>(items.Select(VisitResponse.From).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<VisitResponse>, NotFound>> Get(Guid id, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var visit = await db.Visits.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(v => v.Id == id, ct);
        return visit is null ? TypedResults.NotFound() : TypedResults.Ok(VisitResponse.From(visit));
    }

    /// <summary>Records a visit; the campaigns that assigned the enterprise count it as visited.</summary>
    internal static async Task<Created<VisitResponse>> Record(
        VisitRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        var visit = new Visit();
        await Apply(db, user, programmes, visit, request, ct);
        visit.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Visits.Add(visit);
        await CampaignProgress.Refresh(db, [visit.EnterpriseId], ct);
        db.Publish(() => new VisitChanged(visit.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/enterprises/visits/{visit.Id}", VisitResponse.From(visit));
    }

    internal static async Task<Results<Ok<VisitResponse>, NotFound>> Correct(
        Guid id, VisitRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        var visit = await db.Visits.VisibleTo(user).FirstOrDefaultAsync(v => v.Id == id, ct);
        if (visit is null) return TypedResults.NotFound();
        db.ExpectVersion(visit, request.Version);
        var before = visit.EnterpriseId;
        await Apply(db, user, programmes, visit, request, ct);
        visit.OrganisationId = user.OwnerFor(request.OrganisationId ?? visit.OrganisationId);
        await CampaignProgress.Refresh(db, [before, visit.EnterpriseId], ct);
        db.Publish(() => new VisitChanged(visit.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(VisitResponse.From(visit));
    }

    /// <summary>Deletes a visit recorded by mistake; concerns raised at it keep their own life.</summary>
    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var visit = await db.Visits.VisibleTo(user).FirstOrDefaultAsync(v => v.Id == id, ct);
        if (visit is null) return TypedResults.NotFound();
        db.ExpectVersion(visit, version);
        if (await db.Concerns.AnyAsync(c => c.VisitId == id, ct))
            throw new RuleViolationException("id", EnterpriseText.Get("VisitHasConcerns"));
        db.Visits.Remove(visit);
        await CampaignProgress.Refresh(db, [visit.EnterpriseId], ct);
        db.Publish(new VisitChanged(visit.ToSnapshot() with { Version = visit.Version + 1 }, Removed: true));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task Apply(
        EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, Visit visit, VisitRequest request, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == request.EnterpriseId, ct)
            ?? throw new RequestRejectedException("enterpriseId", EnterpriseText.Get("NoSuchEnterprise"));
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        visit.Follow(enterprise);
        visit.VisitedOn = request.VisitedOn!.Value;
        visit.Purpose = request.Purpose!.Value;
        visit.Visitors = request.Visitors!.Select(v => v!.Trim()).Distinct().ToList();
        visit.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        visit.ProgrammeId = request.ProgrammeId;
    }
}
