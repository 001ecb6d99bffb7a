using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Talent.Partners;

internal static class PartnerBaseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var bases = api.MapGroup("/partner-bases").WithTag("Partner bases", "Partner bases abroad that help find talents.");
        bases.MapGet("/", List).RequirePermission(TalentModule.Read)
            .Describe("talentPartnerBasesList", "List partner bases",
                "Pages through the partner bases visible to the caller (filters year, kind, organisationId), answering { items, total, page, pageSize }.");
        bases.MapGet("/{id:guid}", Get).RequirePermission(TalentModule.Read)
            .Describe("talentPartnerBasesGet", "Read a partner base",
                "Answers one partner base with its current version; 404 when it does not exist or is outside the caller's organisations.");
        bases.MapPost("/", Establish).RequirePermission(TalentModule.Write).Validate<PartnerBaseRequest>()
            .Describe("talentPartnerBasesCreate", "Establish a partner base",
                "Records a new partner base; the answer is the stored partner base (201, with its address in Location). Every refused field is named in the problem's errors.");
        bases.MapPut("/{id:guid}", Correct).RequirePermission(TalentModule.Write).Validate<PartnerBaseRequest>()
            .Describe("talentPartnerBasesUpdate", "Correct a partner base",
                "Replaces the partner base's details; send the version you read, or get 409 with currentVersion.");
        bases.MapDelete("/{id:guid}", Remove).RequirePermission(TalentModule.Write)
            .Describe("talentPartnerBasesDelete", "Delete a partner base",
                "Moves the partner base to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, string? Kind, Guid? OrganisationId, int? Page, int? PageSize);

    internal static async Task<Ok<PagedList<PartnerBaseResponse>>> List(
        [AsParameters] ListQuery query, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var kind = QueryValues.Enum<PartnerBaseKind>(query.Kind, "kind");
        var rows = db.PartnerBases.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(p => p.EstablishedOn >= new DateOnly(year.Value, 1, 1) && p.EstablishedOn <= new DateOnly(year.Value, 12, 31));
        if (kind is not null) rows = rows.Where(p => p.Kind == kind);
        if (query.OrganisationId is not null) rows = rows.Where(p => p.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(p => p.EstablishedOn).ThenBy(p => p.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<PartnerBaseResponse>(items.Select(PartnerBaseResponse.From).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<PartnerBaseResponse>, NotFound>> Get(Guid id, TalentDbContext db, ICurrentUser user, CancellationToken ct) =>
        await db.PartnerBases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct) is { } found
            ? TypedResults.Ok(PartnerBaseResponse.From(found))
            : TypedResults.NotFound();

    internal static async Task<Created<PartnerBaseResponse>> Establish(
        PartnerBaseRequest request, TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, TalentModule.ModuleName, "programmeId", ct);
        var established = new PartnerBase { PartnerOrganisation = "", Name = "" };
        Apply(established, request);
        established.Town = (await places.Canonical(request.Town, null, ct)).Town;
        established.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.PartnerBases.Add(established);
        db.Publish(() => Changed(established, removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/talent/partner-bases/{established.Id}", PartnerBaseResponse.From(established));
    }

    internal static async Task<Results<Ok<PartnerBaseResponse>, NotFound>> Correct(
        Guid id, PartnerBaseRequest request, TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        var established = await db.PartnerBases.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (established is null) return TypedResults.NotFound();
        db.ExpectVersion(established, request.Version);
        await programmes.EnsureTaggable(request.ProgrammeId, TalentModule.ModuleName, "programmeId", ct);
        Apply(established, request);
        established.Town = (await places.Canonical(request.Town, null, ct)).Town;
        established.OrganisationId = user.OwnerFor(request.OrganisationId ?? established.OrganisationId);
        db.Publish(() => Changed(established, removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PartnerBaseResponse.From(established));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var established = await db.PartnerBases.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (established is null) return TypedResults.NotFound();
        db.ExpectVersion(established, version);
        db.PartnerBases.Remove(established);
        db.Publish(Changed(established, removed: true) with { Version = established.Version + 1 });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static PartnerBaseChanged Changed(PartnerBase p, bool removed) =>
        new(p.Id, p.OrganisationId, p.PartnerOrganisation, p.Name, p.EstablishedOn, removed, p.Version);

    private static void Apply(PartnerBase established, PartnerBaseRequest request)
    {
        established.PartnerOrganisation = request.PartnerOrganisation!.Trim();
        established.Name = request.Name!.Trim();
        established.Kind = request.Kind!.Value;
        established.EstablishedOn = request.EstablishedOn!.Value;
        established.Town = string.IsNullOrWhiteSpace(request.Town) ? null : request.Town.Trim();
        established.PartnerCountryOrRegion = string.IsNullOrEmpty(request.PartnerCountryOrRegion) ? null : request.PartnerCountryOrRegion;
        established.ProgrammeId = request.ProgrammeId;
        established.Notes = request.Notes;
    }
}
