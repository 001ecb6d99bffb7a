using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Validation;
using Federation.Trade.Data;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Web;

namespace Federation.Trade.Commendations;

internal sealed record CommendationRequest(
    string? From, CommendationKind? Kind, [property: HappenedOn] DateOnly? ReceivedOn, string? Reason, string? Notes, Guid? OrganisationId, int? Version);

internal sealed class CommendationRequestValidator : AbstractValidator<CommendationRequest>
{
    public CommendationRequestValidator()
    {
        RuleFor(r => r.From).RequiredText(200);
        RuleFor(r => r.Kind).Known().IsInEnum();
        RuleFor(r => r.ReceivedOn).Known().PlausibleDate();
        RuleFor(r => r.Reason).RequiredText(500);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record CommendationResponse(
    Guid Id, Guid OrganisationId, string From, CommendationKind Kind, DateOnly ReceivedOn, string Reason, string? Notes, int Version)
{
    public static CommendationResponse Of(Commendation c) => new(c.Id, c.OrganisationId, c.From, c.Kind, c.ReceivedOn, c.Reason, c.Notes, c.Version);
}

internal static class CommendationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var commendations = api.MapGroup("/commendations").WithTag("Commendations", "Banners, plaques and letters of thanks the trade work line received.");
        commendations.MapGet("/", List).RequirePermission(TradeModule.Read)
            .Describe("tradeCommendationsList", "List commendations",
                "Pages through the commendations visible to the caller (filters year, kind, organisationId), answering { items, total, page, pageSize }.");
        commendations.MapGet("/{id:guid}", Get).RequirePermission(TradeModule.Read)
            .Describe("tradeCommendationsGet", "Read a commendation",
                "Answers one commendation with its current version; 404 when it does not exist or is outside the caller's organisations.");
        commendations.MapPost("/", Receive).RequirePermission(TradeModule.Write).Validate<CommendationRequest>()
            .Describe("tradeCommendationsCreate", "Record a commendation",
                "Records a new commendation; the answer is the stored commendation (201, with its address in Location). Every refused field is named in the problem's errors.");
        commendations.MapPut("/{id:guid}", Correct).RequirePermission(TradeModule.Write).Validate<CommendationRequest>()
            .Describe("tradeCommendationsUpdate", "Correct a commendation",
                "Replaces the commendation's details; send the version you read, or get 409 with currentVersion.");
        commendations.MapDelete("/{id:guid}", Remove).RequirePermission(TradeModule.Write)
            .Describe("tradeCommendationsDelete", "Delete a commendation",
                "Moves the commendation to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, string? Kind, Guid? OrganisationId, int? Page, int? PageSize);

    internal static async Task<Ok<PagedList<CommendationResponse>>> List([AsParameters] ListQuery query, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var kind = QueryValues.Enum<CommendationKind>(query.Kind, "kind");
        var rows = db.Commendations.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(c => c.ReceivedOn.Year == year);
        if (kind is not null) rows = rows.Where(c => c.Kind == kind);
        if (query.OrganisationId is not null) rows = rows.Where(c => c.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(c => c.ReceivedOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<CommendationResponse>(items.Select(CommendationResponse.Of).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<CommendationResponse>, NotFound>> Get(Guid id, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var commendation = await db.Commendations.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        return commendation is null ? TypedResults.NotFound() : TypedResults.Ok(CommendationResponse.Of(commendation));
    }

    internal static async Task<Created<CommendationResponse>> Receive(CommendationRequest request, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var commendation = new Commendation { From = "", Reason = "" };
        Apply(commendation, request);
        commendation.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Commendations.Add(commendation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/trade/commendations/{commendation.Id}", CommendationResponse.Of(commendation));
    }

    internal static async Task<Results<Ok<CommendationResponse>, NotFound>> Correct(
        Guid id, CommendationRequest request, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var commendation = await db.Commendations.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commendation is null) return TypedResults.NotFound();
        db.ExpectVersion(commendation, request.Version);
        Apply(commendation, request);
        commendation.OrganisationId = user.OwnerFor(request.OrganisationId ?? commendation.OrganisationId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CommendationResponse.Of(commendation));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var commendation = await db.Commendations.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commendation is null) return TypedResults.NotFound();
        db.ExpectVersion(commendation, version);
        db.Commendations.Remove(commendation);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static void Apply(Commendation commendation, CommendationRequest request)
    {
        commendation.From = request.From!.Trim();
        commendation.Kind = request.Kind!.Value;
        commendation.ReceivedOn = request.ReceivedOn!.Value;
        commendation.Reason = request.Reason!.Trim();
        commendation.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
    }
}
