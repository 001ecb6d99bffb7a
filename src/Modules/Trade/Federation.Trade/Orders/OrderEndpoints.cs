using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
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

namespace Federation.Trade.Orders;

internal static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTag("Overseas orders", "Orders from overseas buyers the federation brought to local sellers, in any currency, counted in yuan.");
        orders.MapGet("/", List).RequirePermission(TradeModule.Read)
            .Describe("tradeOrdersList", "List overseas orders",
                "Pages through the overseas orders visible to the caller (filters status, buyerCountryOrRegion, town, pilotId, enterpriseId, year, q; the page carries countedAmountYuan), answering { items, total, page, pageSize }.");
        orders.MapGet("/{id:guid}", Get).RequirePermission(TradeModule.Read)
            .Describe("tradeOrdersGet", "Read an overseas order",
                "Answers one overseas order with its current version; 404 when it does not exist or is outside the caller's organisations.");
        orders.MapPost("/", Record).RequirePermission(TradeModule.Write).Validate<OrderRequest>()
            .Describe("tradeOrdersCreate", "Record an overseas order",
                "Records a new overseas order; the answer is the stored overseas order (201, with its address in Location). Every refused field is named in the problem's errors.");
        orders.MapPut("/{id:guid}", Correct).RequirePermission(TradeModule.Write).Validate<OrderRequest>()
            .Describe("tradeOrdersUpdate", "Correct an overseas order",
                "Replaces the overseas order's details; send the version you read, or get 409 with currentVersion.");
        orders.MapPost("/{id:guid}/status", Move).RequirePermission(TradeModule.Write).Validate<OrderStatusRequest>()
            .Describe("tradeOrdersMove", "Change an order's status",
                "Confirms, delivers or cancels the order on a date, with a reason; send the version you read.");
        orders.MapDelete("/{id:guid}", Remove).RequirePermission(TradeModule.Write)
            .Describe("tradeOrdersDelete", "Delete an overseas order",
                "Moves the overseas order to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(
        string? Status, string? BuyerCountryOrRegion, string? Town, Guid? PilotId, Guid? EnterpriseId, int? Year, string? Q, Guid? OrganisationId,
        int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the orders may be sorted by; the latest first by default.</summary>
    internal static readonly ListSort<OverseasOrder> Sorts = new ListSort<OverseasOrder>()
        .By("orderedOn", o => o.OrderedOn).By("amount", o => o.AmountFen).By("seller", o => o.EnterpriseName);

    /// <summary>A page of orders and, over every order the filter matches, the yuan of those that count (confirmed or delivered).</summary>
    internal sealed record OrderPage(IReadOnlyList<OrderResponse> Items, int Total, decimal CountedAmountYuan, int Page, int PageSize);

    internal static async Task<Ok<OrderPage>> List([AsParameters] ListQuery query, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var status = QueryValues.Enum<OrderStatus>(query.Status, "status");
        var year = QueryValues.Year(query.Year);
        var rows = db.Orders.AsNoTracking().VisibleTo(user);
        if (status is not null) rows = rows.Where(o => o.Status == status);
        if (!string.IsNullOrWhiteSpace(query.BuyerCountryOrRegion)) rows = rows.Where(o => o.BuyerCountryOrRegion == query.BuyerCountryOrRegion);
        if (!string.IsNullOrWhiteSpace(query.Town)) rows = rows.Where(o => o.Town == query.Town);
        if (query.PilotId is not null) rows = rows.Where(o => o.PilotId == query.PilotId);
        if (query.EnterpriseId is not null) rows = rows.Where(o => o.EnterpriseId == query.EnterpriseId);
        if (year is not null) rows = rows.Where(o => o.OrderedOn.Year == year);
        if (!string.IsNullOrWhiteSpace(query.Q)) rows = rows.Where(o => o.EnterpriseName.Contains(query.Q) || o.ProductCategory.Contains(query.Q));
        if (query.OrganisationId is not null) rows = rows.Where(o => o.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var counted = await rows.Where(o => o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Delivered).SumAsync(o => o.AmountFen, ct);
        var items = await Sorts.Apply(rows, query.Sort).ThenBy(o => o.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new OrderPage(items.Select(OrderResponse.From).ToList(), total, counted / 100m, page, size));
    }

    internal static async Task<Results<Ok<OrderResponse>, NotFound>> Get(Guid id, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        return order is null ? TypedResults.NotFound() : TypedResults.Ok(OrderResponse.From(order));
    }

    internal static async Task<Created<OrderResponse>> Record(
        OrderRequest request, TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        var order = new OverseasOrder { ProductCategory = "", Currency = "", Town = "" };
        await Apply(db, user, programmes, order, request, ct);
        order.Town = (await places.Canonical(request.Town, null, ct)).Town!;
        order.OrganisationId = user.OwnerFor(request.OrganisationId);
        if (request.Status == OrderStatus.Confirmed) order.MoveTo(OrderStatus.Confirmed, order.OrderedOn, null);
        db.Orders.Add(order);
        OrderEvents.Publish(db, order);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/trade/orders/{order.Id}", OrderResponse.From(order));
    }

    /// <summary>Corrects the details (seller, amount, rate …); the status moves only by its own endpoint.</summary>
    internal static async Task<Results<Ok<OrderResponse>, NotFound>> Correct(
        Guid id, OrderRequest request, TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        var order = await db.Orders.VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return TypedResults.NotFound();
        db.ExpectVersion(order, request.Version);
        if (request.Status is not null && request.Status != order.Status)
            throw new RequestRejectedException("status", TradeText.Get("StatusByItsOwnStep"));
        if (order.ConfirmedOn < request.OrderedOn || order.CancelledOn < request.OrderedOn)
            throw new RequestRejectedException("orderedOn", TradeText.Get("OrderedAfterConfirmed"));
        await Apply(db, user, programmes, order, request, ct);
        order.Town = (await places.Canonical(request.Town, null, ct)).Town!;
        order.OrganisationId = user.OwnerFor(request.OrganisationId ?? order.OrganisationId);
        OrderEvents.Publish(db, order);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OrderResponse.From(order));
    }

    internal static async Task<Results<Ok<OrderResponse>, NotFound>> Move(
        Guid id, OrderStatusRequest request, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var order = await db.Orders.VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return TypedResults.NotFound();
        db.ExpectVersion(order, request.Version!.Value);
        order.MoveTo(request.Status!.Value, request.On!.Value, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim());
        OrderEvents.Publish(db, order);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OrderResponse.From(order));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TradeDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var order = await db.Orders.VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return TypedResults.NotFound();
        db.ExpectVersion(order, version);
        db.Orders.Remove(order);
        OrderEvents.PublishRemoval(db, order);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task Apply(
        TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, OverseasOrder order, OrderRequest request, CancellationToken ct)
    {
        if (request.EnterpriseId is { } enterpriseId)
        {
            var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId && !e.Removed, ct);
            if (enterprise is null || !(user.SeesEverything || user.CanAccess(enterprise.OrganisationId)))
                throw new RequestRejectedException("enterpriseId", TradeText.Get("NoSuchEnterprise"));
            order.NameAfter(enterprise);
        }
        else order.NameUnregistered(request.EnterpriseName!.Trim());
        if (request.PilotId is not null && !await db.Pilots.VisibleTo(user).AnyAsync(p => p.Id == request.PilotId, ct))
            throw new RequestRejectedException("pilotId", TradeText.Get("NoSuchPilot"));
        await programmes.EnsureTaggable(request.ProgrammeId, TradeModule.ModuleName, "programmeId", ct);
        order.BuyerCountryOrRegion = string.IsNullOrEmpty(request.BuyerCountryOrRegion) ? null : request.BuyerCountryOrRegion;
        order.AmountQualifier = request.AmountQualifier ?? Kernel.Figures.Qualifier.Exact;
        order.ProductCategory = request.ProductCategory!.Trim();
        order.OrderedOn = request.OrderedOn!.Value;
        order.Price(request.Currency!, request.Amount!.Value, request.RateToYuan!.Value, request.RateOn ?? request.OrderedOn.Value);
        order.PilotId = request.PilotId;
        order.Town = request.Town!.Trim();
        order.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        order.ProgrammeId = request.ProgrammeId;
    }
}
