using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Pilots;
using Federation.Trade.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Trade.Pages.Trade.Pilots;

/// <summary>The trade pilots, newest first, with their confirmed orders measured against the target.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<PilotResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(TradeModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await PilotEndpoints.List(
                new PilotEndpoints.ListQuery(Year, Town?.Trim(), null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every pilot the filters select (not one page), with target and confirmed amounts in yuan and 万元.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<PilotResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<PilotResponse>(async (page, size) =>
            {
                var pilots = (await PilotEndpoints.List(new PilotEndpoints.ListQuery(Year, Town?.Trim(), null, page, size), db, user, ct)).Value!;
                return (pilots.Items, pilots.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(TradeText.Get("Pilots"),
        [
            new ExportColumn<PilotResponse>(TradeText.Get("PilotName"), p => p.Name),
            new(TradeText.Get("Town"), p => p.Town),
            new(TradeText.Get("StartsOn"), p => p.StartsOn),
            new(TradeText.Get("EndsOn"), p => p.EndsOn),
            .. ListWorkbook.Money<PilotResponse>(TradeText.Get("Target"), p => p.TargetAmountYuan > 0 ? p.TargetAmountYuan : null),
            new(TradeText.Get("ConfirmedOrders"), p => p.ConfirmedOrders),
            .. ListWorkbook.Money<PilotResponse>(TradeText.Get("ConfirmedAmount"), p => p.ConfirmedAmountYuan),
            new(TradeText.Get("Achievement"), p => p.TargetAmountYuan > 0 ? TradeDisplay.Percent(p.Achievement) : null),
            new(TradeText.Get("PilotParticipants"), p => p.Participants),
            new(TradeText.Get("Organisation"), p => names.GetValueOrDefault(p.OrganisationId)),
        ], rows, ct);
    }
}
