using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Trade.Contracts;
using Federation.Trade.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Trade.Tours;

internal static class TourEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var tours = api.MapGroup("/tours").WithTag("Inspection tours", "Tours of overseas buyers to local towns and the person-times they brought.");
        tours.MapGet("/", List).RequirePermission(TradeModule.Read)
            .Describe("tradeToursList", "List inspection tours",
                "Pages through the inspection tours visible to the caller (filters year, town, organisationId; the page carries totalPersonTimes), answering { items, total, page, pageSize }.");
        tours.MapGet("/{id:guid}", Get).RequirePermission(TradeModule.Read)
            .Describe("tradeToursGet", "Read an inspection tour",
                "Answers one inspection tour with its current version; 404 when it does not exist or is outside the caller's organisations.");
        tours.MapPost("/", Hold).RequirePermission(TradeModule.Write).Validate<TourRequest>()
            .Describe("tradeToursCreate", "Record an inspection tour",
                "Records a new inspection tour; the answer is the stored inspection tour (201, with its address in Location). Every refused field is named in the problem's errors.");
        tours.MapPut("/{id:guid}", Correct).RequirePermission(TradeModule.Write).Validate<TourRequest>()
            .Describe("tradeToursUpdate", "Correct an inspection tour",
                "Replaces the inspection tour's details; send the version you read, or get 409 with currentVersion.");
        tours.MapDelete("/{id:guid}", Remove).RequirePermission(TradeModule.Write)
            .Describe("tradeToursDelete", "Delete an inspection tour",
                "Moves the inspection tour to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, string? Town, Guid? OrganisationId, int? Page, int? PageSize);

    /// <summary>A page of tours with the person-times of every tour the filter matches.</summary>
    internal sealed record TourPage(IReadOnlyList<TourResponse> Items, int Total, int TotalPersonTimes, int Page, int PageSize);

    internal static async Task<Ok<TourPage>> List([AsParameters] ListQuery query, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var rows = db.Tours.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(t => t.StartsOn.Year == year);
        if (!string.IsNullOrWhiteSpace(query.Town)) rows = rows.Where(t => t.Towns.Contains(query.Town));
        if (query.OrganisationId is not null) rows = rows.Where(t => t.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var personTimes = await rows.SumAsync(t => t.PersonTimes, ct);
        var items = await rows.OrderByDescending(t => t.StartsOn).ThenBy(t => t.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new TourPage(items.Select(TourResponse.From).ToList(), total, personTimes, page, size));
    }

    internal static async Task<Results<Ok<TourResponse>, NotFound>> Get(Guid id, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var tour = await db.Tours.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(t => t.Id == id, ct);
        return tour is null ? TypedResults.NotFound() : TypedResults.Ok(TourResponse.From(tour));
    }

    internal static async Task<Created<TourResponse>> Hold(
        TourRequest request, TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, TradeModule.ModuleName, "programmeId", ct);
        var tour = new InspectionTour { Title = "" };
        Apply(tour, request);
        tour.Towns = await Towns(places, request.Towns!, ct);
        tour.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Tours.Add(tour);
        db.Publish(() => Changed(tour, removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/trade/tours/{tour.Id}", TourResponse.From(tour));
    }

    internal static async Task<Results<Ok<TourResponse>, NotFound>> Correct(
        Guid id, TourRequest request, TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        var tour = await db.Tours.VisibleTo(user).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tour is null) return TypedResults.NotFound();
        db.ExpectVersion(tour, request.Version);
        await programmes.EnsureTaggable(request.ProgrammeId, TradeModule.ModuleName, "programmeId", ct);
        Apply(tour, request);
        tour.Towns = await Towns(places, request.Towns!, ct);
        tour.OrganisationId = user.OwnerFor(request.OrganisationId ?? tour.OrganisationId);
        db.Publish(() => Changed(tour, removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TourResponse.From(tour));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var tour = await db.Tours.VisibleTo(user).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tour is null) return TypedResults.NotFound();
        db.ExpectVersion(tour, version);
        db.Tours.Remove(tour);
        db.Publish(Changed(tour, removed: true) with { Version = tour.Version + 1 });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static InspectionTourChanged Changed(InspectionTour t, bool removed) =>
        new(t.Id, t.OrganisationId, t.Title, t.StartsOn, t.Towns.ToList(), t.PersonTimes, removed, t.Version);

    /// <summary>Each town the tour visited as the directory names it, once; a refused one names its place in the list.</summary>
    private static async Task<List<string>> Towns(IPlaceDirectory places, IReadOnlyList<string?> towns, CancellationToken ct)
    {
        var canonical = new List<string>();
        for (var i = 0; i < towns.Count; i++)
            if ((await places.Canonical(towns[i], null, ct, $"towns[{i}]")).Town is { } town && !canonical.Contains(town)) canonical.Add(town);
        return canonical;
    }

    private static void Apply(InspectionTour tour, TourRequest request)
    {
        tour.Title = request.Title!.Trim();
        tour.StartsOn = request.StartsOn!.Value;
        tour.EndsOn = request.EndsOn!.Value;
        tour.Towns = request.Towns!.Select(t => t!.Trim()).Distinct().ToList();
        tour.Count(request.Participants!.Select(p => new Participants(p!.CountryOrRegion!, p.PersonTimes!.Value)));
        tour.Outcomes = string.IsNullOrWhiteSpace(request.Outcomes) ? null : request.Outcomes.Trim();
        tour.ProgrammeId = request.ProgrammeId;
    }
}
