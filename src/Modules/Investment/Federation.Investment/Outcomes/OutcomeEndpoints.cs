using Federation.Kernel.Geography;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Kernel.Figures;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Scorecard.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Money = Federation.Kernel.Money.Money;

namespace Federation.Investment.Outcomes;

/// <summary>
/// Outcomes that are not money: agreements, platforms, organisations that joined, trade cooperation.
/// They publish no event of their own: the scorecard hears of them through the context's KPI facts.
/// </summary>
internal static class OutcomeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var outcomes = api.MapGroup("/outcomes").WithTag("Investment outcomes", "Other investment results the federation helped bring about.");
        outcomes.MapGet("/", List).RequirePermission(InvestmentModule.Read)
            .Describe("investmentOutcomesList", "List investment outcomes",
                "Pages through the investment outcomes visible to the caller (filters year, eventId, kind, organisationId), answering { items, total, page, pageSize }.");
        outcomes.MapGet("/{id:guid}", Get).RequirePermission(InvestmentModule.Read)
            .Describe("investmentOutcomesGet", "Read an investment outcome",
                "Answers one investment outcome with its current version; 404 when it does not exist or is outside the caller's organisations.");
        outcomes.MapPost("/", Create).RequirePermission(InvestmentModule.Write).Validate<OutcomeRequest>()
            .Describe("investmentOutcomesCreate", "Create an investment outcome",
                "Records a new investment outcome; the answer is the stored investment outcome (201, with its address in Location). Every refused field is named in the problem's errors.");
        outcomes.MapPut("/{id:guid}", Correct).RequirePermission(InvestmentModule.Write).Validate<OutcomeRequest>()
            .Describe("investmentOutcomesUpdate", "Correct an investment outcome",
                "Replaces the investment outcome's details; send the version you read, or get 409 with currentVersion.");
        outcomes.MapDelete("/{id:guid}", Remove).RequirePermission(InvestmentModule.Write)
            .Describe("investmentOutcomesDelete", "Delete an investment outcome",
                "Moves the investment outcome to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, Guid? EventId, string? Kind, Guid? OrganisationId, int? Page, int? PageSize);

    internal static async Task<Ok<PagedList<OutcomeResponse>>> List(
        [AsParameters] ListQuery query, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var kind = QueryValues.Enum<OutcomeKind>(query.Kind, "kind");
        var rows = db.Outcomes.AsNoTracking().VisibleTo(user);
        if (year is not null)
            rows = rows.Where(o => o.On >= new DateOnly(year.Value, 1, 1) && o.On <= new DateOnly(year.Value, 12, 31));
        if (query.EventId is not null) rows = rows.Where(o => o.EventId == query.EventId);
        if (kind is not null) rows = rows.Where(o => o.Kind == kind);
        if (query.OrganisationId is not null) rows = rows.Where(o => o.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(o => o.On).ThenBy(o => o.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<OutcomeResponse>(items.Select(OutcomeResponse.From).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<OutcomeResponse>, NotFound>> Get(
        Guid id, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var outcome = await db.Outcomes.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        return outcome is null ? TypedResults.NotFound() : TypedResults.Ok(OutcomeResponse.From(outcome));
    }

    internal static async Task<Created<OutcomeResponse>> Create(
        OutcomeRequest request, InvestmentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, InvestmentModule.ModuleName, "programmeId", ct);
        await EventReference.EnsureVisible(db, user, request.EventId, ct);
        var outcome = new Outcome { Title = request.Title! };
        Apply(outcome, request);
        (outcome.Town, _) = await places.Canonical(request.Town, null, ct);
        outcome.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Outcomes.Add(outcome);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/investment/outcomes/{outcome.Id}", OutcomeResponse.From(outcome));
    }

    internal static async Task<Results<Ok<OutcomeResponse>, NotFound>> Correct(
        Guid id, OutcomeRequest request, InvestmentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places,
        CancellationToken ct)
    {
        var outcome = await db.Outcomes.VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (outcome is null) return TypedResults.NotFound();
        await programmes.EnsureTaggable(request.ProgrammeId, InvestmentModule.ModuleName, "programmeId", ct);
        db.ExpectVersion(outcome, request.Version);
        await EventReference.EnsureVisible(db, user, request.EventId, ct);
        Apply(outcome, request);
        (outcome.Town, _) = await places.Canonical(request.Town, null, ct);
        outcome.OrganisationId = user.OwnerFor(request.OrganisationId ?? outcome.OrganisationId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OutcomeResponse.From(outcome));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(
        Guid id, int? version, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var outcome = await db.Outcomes.VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (outcome is null) return TypedResults.NotFound();
        db.ExpectVersion(outcome, version);
        db.Outcomes.Remove(outcome);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static void Apply(Outcome outcome, OutcomeRequest request)
    {
        outcome.Kind = request.Kind!.Value;
        outcome.Title = request.Title!.Trim();
        outcome.Quantity = request.Quantity ?? 1;
        outcome.QuantityQualifier = request.QuantityQualifier ?? Qualifier.Exact;
        outcome.QuantityUpTo = request.QuantityUpTo;
        outcome.AmountFen = request.AmountYuan is { } yuan ? Money.FromYuan(yuan).Fen : null;
        outcome.AmountQualifier = request.AmountQualifier ?? Qualifier.Exact;
        outcome.AmountUpToFen = request.AmountUpToYuan is { } top ? Money.FromYuan(top).Fen : null;
        outcome.Parties = (request.Parties ?? []).Select(p => p.Trim()).ToList();
        outcome.On = request.On!.Value;
        outcome.EventId = request.EventId;
        outcome.Town = string.IsNullOrWhiteSpace(request.Town) ? null : request.Town.Trim();
        outcome.ProgrammeId = request.ProgrammeId;
        outcome.Notes = request.Notes;
    }
}
