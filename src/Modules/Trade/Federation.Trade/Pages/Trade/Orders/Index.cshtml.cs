using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Trade.Pages.Trade.Orders;

/// <summary>
/// The overseas orders, newest first, by status, buyer country or region, town, pilot, year and
/// seller or product, with the yuan of the confirmed and delivered ones among all the filter matches.
/// </summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user) : PageModel
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
}
