using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Money;
using Federation.Trade.Contracts;
using Federation.Trade.Data;
using Federation.Trade.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Trade.Pilots;

internal static class PilotEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var pilots = api.MapGroup("/pilots").WithTag("Trade pilots", "Trade pilot schemes with an amount target, and how far confirmed orders reach it.");
        pilots.MapGet("/", List).RequirePermission(TradeModule.Read)
            .Describe("tradePilotsList", "List trade pilots",
                "Pages through the trade pilots visible to the caller (filters year, town, organisationId) with their confirmed amount and achievement, answering { items, total, page, pageSize }.");
        pilots.MapGet("/{id:guid}", Get).RequirePermission(TradeModule.Read)
            .Describe("tradePilotsGet", "Read a trade pilot",
                "Answers one trade pilot with its current version; 404 when it does not exist or is outside the caller's organisations.");
        pilots.MapPost("/", Start).RequirePermission(TradeModule.Write).Validate<PilotRequest>()
            .Describe("tradePilotsCreate", "Start a trade pilot",
                "Records a new trade pilot; the answer is the stored trade pilot (201, with its address in Location). Every refused field is named in the problem's errors.");
        pilots.MapPut("/{id:guid}", Correct).RequirePermission(TradeModule.Write).Validate<PilotRequest>()
            .Describe("tradePilotsUpdate", "Correct a trade pilot",
                "Replaces the trade pilot's details; send the version you read, or get 409 with currentVersion.");
        pilots.MapDelete("/{id:guid}", Remove).RequirePermission(TradeModule.Write)
            .Describe("tradePilotsDelete", "Delete a trade pilot",
                "Moves the trade pilot to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, string? Town, Guid? OrganisationId, int? Page, int? PageSize);

    internal static async Task<Ok<PagedList<PilotResponse>>> List([AsParameters] ListQuery query, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var rows = db.Pilots.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(p => p.StartsOn.Year <= year && p.EndsOn.Year >= year);
        if (!string.IsNullOrWhiteSpace(query.Town)) rows = rows.Where(p => p.Town == query.Town);
        if (query.OrganisationId is not null) rows = rows.Where(p => p.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Id).Skip((page - 1) * size).Take(size)
            .Select(p => new
            {
                Pilot = p,
                Orders = db.Orders.Count(o => o.PilotId == p.Id && (o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Delivered)),
                Amount = db.Orders.Where(o => o.PilotId == p.Id && (o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Delivered))
                    .Sum(o => (long?)o.AmountFen) ?? 0,
            }).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<PilotResponse>(items.Select(i => PilotResponse.From(i.Pilot, i.Orders, i.Amount)).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<PilotResponse>, NotFound>> Get(Guid id, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var pilot = await db.Pilots.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        return pilot is null ? TypedResults.NotFound() : TypedResults.Ok(await Response(db, pilot, ct));
    }

    internal static async Task<Created<PilotResponse>> Start(
        PilotRequest request, TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, TradeModule.ModuleName, "programmeId", ct);
        var pilot = new TradePilot { Name = "", Town = "" };
        Apply(pilot, request);
        pilot.Town = (await places.Canonical(request.Town, null, ct)).Town!;
        pilot.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Pilots.Add(pilot);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/trade/pilots/{pilot.Id}", PilotResponse.From(pilot, 0, 0));
    }

    internal static async Task<Results<Ok<PilotResponse>, NotFound>> Correct(
        Guid id, PilotRequest request, TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        var pilot = await db.Pilots.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pilot is null) return TypedResults.NotFound();
        db.ExpectVersion(pilot, request.Version);
        await programmes.EnsureTaggable(request.ProgrammeId, TradeModule.ModuleName, "programmeId", ct);
        Apply(pilot, request);
        pilot.Town = (await places.Canonical(request.Town, null, ct)).Town!;
        pilot.OrganisationId = user.OwnerFor(request.OrganisationId ?? pilot.OrganisationId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await Response(db, pilot, ct));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var pilot = await db.Pilots.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pilot is null) return TypedResults.NotFound();
        db.ExpectVersion(pilot, version);
        if (await db.Orders.AnyAsync(o => o.PilotId == id, ct)) throw new RuleViolationException("id", TradeText.Get("PilotHasOrders"));
        db.Pilots.Remove(pilot);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<PilotResponse> Response(TradeDbContext db, TradePilot pilot, CancellationToken ct)
    {
        var counted = db.Orders.Where(o => o.PilotId == pilot.Id && (o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Delivered));
        return PilotResponse.From(pilot, await counted.CountAsync(ct), await counted.SumAsync(o => o.AmountFen, ct));
    }

    private static void Apply(TradePilot pilot, PilotRequest request)
    {
        pilot.Name = request.Name!.Trim();
        pilot.Town = request.Town!.Trim();
        pilot.StartsOn = request.StartsOn!.Value;
        pilot.EndsOn = request.EndsOn!.Value;
        pilot.TargetAmountFen = request.TargetAmount is { } target ? Money.FromYuan(target).Fen : 0;
        pilot.Participants = (request.Participants ?? []).Select(p => p!.Trim()).Distinct().ToList();
        pilot.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        pilot.ProgrammeId = request.ProgrammeId;
    }
}
