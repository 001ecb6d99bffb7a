using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Federation.Trade.Pages.Trade.Orders;

/// <summary>
/// The overseas orders, newest first, by status, buyer country or region, town, pilot, year and
/// seller or product, with the yuan of the confirmed and delivered ones among all the filter matches.
/// </summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<OrderResponse>(directory, user)
{
    private Dictionary<Guid, string> pilotNames = [];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Buyer { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? PilotId { get; set; }

    /// <summary>One seller's orders, from links elsewhere; kept while filtering.</summary>
    [BindProperty(SupportsGet = true)] public Guid? EnterpriseId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>The yuan of the confirmed and delivered orders among all the filter matches, not just this page.</summary>
    public decimal CountedAmountYuan { get; private set; }
    public IReadOnlyList<PilotResponse> Pilots { get; private set; } = [];
    public bool CanWrite => CurrentUser.HasPermission(TradeModule.Write);

    protected override async Task Prepare(CancellationToken ct) =>
        Pilots = (await PilotEndpoints.List(new PilotEndpoints.ListQuery(null, null, null, 1, 200), db, CurrentUser, ct)).Value!.Items;

    protected override IReadOnlyCollection<string> SortKeys => OrderEndpoints.Sorts.Keys;
    public override Guid? RowId(OrderResponse row) => row.Id;

    protected override async Task<PagedList<OrderResponse>> Read(int? page, int size, CancellationToken ct)
    {
        var orders = (await OrderEndpoints.List(
            new OrderEndpoints.ListQuery(Status, TradeDisplay.Code(Buyer), Town?.Trim(), PilotId, EnterpriseId, Year, Q?.Trim(), null, page, size, Sort),
            db, CurrentUser, ct)).Value!;
        CountedAmountYuan = orders.CountedAmountYuan;
        return new(orders.Items, orders.Total, orders.Page, orders.PageSize);
    }

    protected override async Task PrepareExport(IReadOnlyList<OrderResponse> rows, CancellationToken ct) =>
        pilotNames = await db.Pilots.AsNoTracking().VisibleTo(CurrentUser).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

    protected override string ExportName => TradeText.Get("Orders");

    /// <summary>The yuan to the fen and in 万元, with each step's day, so the file imports back as the order ledger (<see cref="OrderImport"/>).</summary>
    protected override IEnumerable<ExportColumn<OrderResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(TradeText.Get("OrderedOn"), o => o.OrderedOn),
        new(TradeText.Get("Seller"), o => o.EnterpriseName),
        new(TradeText.Get("CreditCode"), o => o.CreditCode),
        new(TradeText.Get("Product"), o => o.ProductCategory),
        new(TradeText.Get("BuyerCountryOrRegion"), o => TradeDisplay.Country(o.BuyerCountryOrRegion)),
        new(TradeText.Get("Currency"), o => o.Currency),
        new(TradeText.Get("AmountInCurrency"), o => o.Amount),
        new(TradeText.Get("Rate"), o => o.RateToYuan),
        new(TradeText.Get("RateOn"), o => o.RateOn),
        .. ListWorkbook.Money<OrderResponse>(TradeText.Get("ConvertedAmount"), o => o.AmountYuan),
        new(TradeText.Get("Status"), o => TradeText.Of(o.Status)),
        new(TradeText.Get("ConfirmedOn"), o => o.ConfirmedOn),
        new(TradeText.Get("DeliveredOn"), o => o.DeliveredOn),
        new(TradeText.Get("CancelledOn"), o => o.CancelledOn),
        new(TradeText.Get("CancelReason"), o => o.CancelReason),
        new(TradeText.Get("Pilot"), o => o.PilotId is { } id ? pilotNames.GetValueOrDefault(id) : null),
        new(TradeText.Get("Town"), o => o.Town),
        new(TradeText.Get("Organisation"), o => organisations.GetValueOrDefault(o.OrganisationId)),
    ];
}
