using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Commendations;
using Federation.Trade.Data;
using Federation.Trade.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Trade.Pages.Trade.Commendations;

/// <summary>The banners, plaques and letters of thanks received for trade support, newest first, by year and kind.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
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

    /// <summary>Every commendation the filters select (not one page), as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<CommendationResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<CommendationResponse>(async (page, size) =>
            {
                var commendations = (await CommendationEndpoints.List(new CommendationEndpoints.ListQuery(Year, Kind, null, page, size), db, user, ct)).Value!;
                return (commendations.Items, commendations.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(TradeText.Get("Commendations"),
        [
            new ExportColumn<CommendationResponse>(TradeText.Get("ReceivedOn"), c => c.ReceivedOn),
            new(TradeText.Get("CommendationFrom"), c => c.From),
            new(TradeText.Get("CommendationKind"), c => TradeText.Of(c.Kind)),
            new(TradeText.Get("CommendationReason"), c => c.Reason),
            new(TradeText.Get("Notes"), c => c.Notes),
            new(TradeText.Get("Organisation"), c => names.GetValueOrDefault(c.OrganisationId)),
        ], rows, ct);
    }
}
