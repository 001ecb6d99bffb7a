using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Commendations;
using Federation.Trade.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Trade.Pages.Trade.Commendations;

/// <summary>The banners, plaques and letters of thanks received for trade support, newest first, by year and kind.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<CommendationResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(TradeModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await CommendationEndpoints.List(
                new CommendationEndpoints.ListQuery(Year, Kind, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
