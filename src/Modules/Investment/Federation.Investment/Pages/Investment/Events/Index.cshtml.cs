using System.Globalization;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Investment.Pages.Investment.Events;

[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<EventResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(InvestmentModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () =>
            Rows = (await EventEndpoints.List(new EventEndpoints.ListQuery(Year, Kind, null, Q, PageNumber, 50, null), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every event the filters select (not one page), as a workbook with the list's columns and the ledger's details.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<EventResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<EventResponse>(async (page, size) =>
            {
                var list = (await EventEndpoints.List(new EventEndpoints.ListQuery(Year, Kind, null, Q, page, size, null), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var culture = CultureInfo.CurrentUICulture;
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(culture));
        return await ListWorkbook.File(InvestmentText.Get("Events"),
        [
            new ExportColumn<EventResponse>(InvestmentText.Get("Title"), e => e.Title),
            new(InvestmentText.Get("Kind"), e => InvestmentText.Of(e.Kind)),
            new(InvestmentText.Get("StartDate"), e => e.StartDate),
            new(InvestmentText.Get("EndDate"), e => e.EndDate),
            new(InvestmentText.Get("City"), e => e.City),
            new(InvestmentText.Get("Venue"), e => e.Venue),
            new(InvestmentText.Get("Organisers"), e => e.Organisers.Select(o => $"{o.Name}（{InvestmentText.Of(o.Role)}）")),
            new(InvestmentText.Get("Attendees"), e => e.AttendeeCount),
            new(InvestmentText.Get("CountryCount"), e => e.CountriesAndRegions.Count),
            new(InvestmentText.Get("CountriesAndRegions"), e => e.CountriesAndRegions.Select(c => CountryOrRegion.Find(c)?.Name(culture) ?? c)),
            new(InvestmentText.Get("Notes"), e => e.Notes),
            new(InvestmentText.Get("Organisation"), e => names.GetValueOrDefault(e.OrganisationId)),
        ], rows, ct);
    }
}
