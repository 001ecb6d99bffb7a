using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Tours;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Trade.Pages.Trade.Tours;

/// <summary>The inspection tours (侨创中山华商行), newest first, by year and town, with the person-times of all the filter matches.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public TourEndpoints.TourPage Rows { get; private set; } = new([], 0, 0, 1, 50);
    public bool CanWrite => user.HasPermission(TradeModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await TourEndpoints.List(
                new TourEndpoints.ListQuery(Year, Town?.Trim(), null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
