using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Resources;
using Federation.Trade.Tours;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Trade.Pages.Trade.Tours;

/// <summary>The inspection tours (侨创中山华商行), newest first, by year and town, with the person-times of all the filter matches.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
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

    /// <summary>Every tour the filters select (not one page), with its towns, person-times and where the entrepreneurs came from.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<TourResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<TourResponse>(async (page, size) =>
            {
                var tours = (await TourEndpoints.List(new TourEndpoints.ListQuery(Year, Town?.Trim(), null, page, size), db, user, ct)).Value!;
                return (tours.Items, tours.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(TradeText.Get("Tours"),
        [
            new ExportColumn<TourResponse>(TradeText.Get("TourTitle"), t => t.Title),
            new(TradeText.Get("StartsOn"), t => t.StartsOn),
            new(TradeText.Get("EndsOn"), t => t.EndsOn),
            new(TradeText.Get("Towns"), t => t.Towns),
            new(TradeText.Get("PersonTimes"), t => t.PersonTimes),
            new(TradeText.Get("ByCountry"), t => ByCountry(t)),
            new(TradeText.Get("Outcomes"), t => t.Outcomes),
            new(TradeText.Get("Organisation"), t => names.GetValueOrDefault(t.OrganisationId)),
        ], rows, ct);
    }

    /// <summary>"香港 9、美国 4": where the entrepreneurs came from, most first, as the list shows it.</summary>
    public static string ByCountry(TourResponse tour) =>
        string.Join("、", tour.Participants.OrderByDescending(p => p.PersonTimes).Select(p => $"{TradeDisplay.Country(p.CountryOrRegion)} {p.PersonTimes}"));
}
