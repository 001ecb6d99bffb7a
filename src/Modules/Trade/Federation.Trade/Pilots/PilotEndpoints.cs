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
        var pilots = api.MapGroup("/pilots").WithTags("Trade pilots");
        pilots.MapGet("/", List).RequirePermission(TradeModule.Read);
        pilots.MapGet("/{id:guid}", Get).RequirePermission(TradeModule.Read);
        pilots.MapPost("/", Start).RequirePermission(TradeModule.Write).Validate<PilotRequest>();
        pilots.MapPut("/{id:guid}", Correct).RequirePermission(TradeModule.Write).Validate<PilotRequest>();
        pilots.MapDelete("/{id:guid}", Remove).RequirePermission(TradeModule.Write);
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
