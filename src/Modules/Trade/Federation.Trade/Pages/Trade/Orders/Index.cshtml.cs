using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Federation.Trade.Pages.Trade.Orders;

/// <summary>
/// The overseas orders, newest first, by status, buyer country or region, town, pilot, year and
/// seller or product, with the yuan of the confirmed and delivered ones among all the filter matches.
/// </summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Buyer { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? PilotId { get; set; }

    /// <summary>One seller's orders, from links elsewhere; kept while filtering.</summary>
    [BindProperty(SupportsGet = true)] public Guid? EnterpriseId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public OrderEndpoints.OrderPage Rows { get; private set; } = new([], 0, 0, 1, 50);
    public IReadOnlyList<PilotResponse> Pilots { get; private set; } = [];
    public bool CanWrite => user.HasPermission(TradeModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Pilots = (await PilotEndpoints.List(new PilotEndpoints.ListQuery(null, null, null, 1, 200), db, user, ct)).Value!.Items;
        if (!await this.Try("", async () => Rows = (await OrderEndpoints.List(
                new OrderEndpoints.ListQuery(Status, TradeDisplay.Code(Buyer), Town?.Trim(), PilotId, EnterpriseId, Year, Q?.Trim(), null, PageNumber, 50),
                db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>
    /// Every order the filters select (not one page), as a workbook with the yuan to the fen and in 万元;
    /// with each step's day, so the file imports back as the order ledger (<see cref="OrderImport"/>).
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<OrderResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<OrderResponse>(async (page, size) =>
            {
                var orders = (await OrderEndpoints.List(
                    new OrderEndpoints.ListQuery(Status, TradeDisplay.Code(Buyer), Town?.Trim(), PilotId, EnterpriseId, Year, Q?.Trim(), null, page, size),
                    db, user, ct)).Value!;
                return (orders.Items, orders.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var pilots = await db.Pilots.AsNoTracking().VisibleTo(user).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(TradeText.Get("Orders"),
        [
            new ExportColumn<OrderResponse>(TradeText.Get("OrderedOn"), o => o.OrderedOn),
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
            new(TradeText.Get("Pilot"), o => o.PilotId is { } id ? pilots.GetValueOrDefault(id) : null),
            new(TradeText.Get("Town"), o => o.Town),
            new(TradeText.Get("Organisation"), o => names.GetValueOrDefault(o.OrganisationId)),
        ], rows, ct);
    }
}
