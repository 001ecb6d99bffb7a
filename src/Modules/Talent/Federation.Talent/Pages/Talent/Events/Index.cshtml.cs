using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Events;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Talent.Pages.Talent.Events;

[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public TalentEventEndpoints.EventPage Rows { get; private set; } = new([], 0, 0, 1, 50);
    public bool CanWrite => user.HasPermission(TalentModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await TalentEventEndpoints.List(
                new TalentEventEndpoints.ListQuery(Year, Format, null, null, null, Q, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every event the filters select (not one page), with the talents met by degree and country.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<TalentEventResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<TalentEventResponse>(async (page, size) =>
            {
                var list = (await TalentEventEndpoints.List(new TalentEventEndpoints.ListQuery(Year, Format, null, null, null, Q, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var culture = CultureInfo.CurrentUICulture;
        string? Country(string? code) => code is null ? null : CountryOrRegion.Find(code)?.Name(culture) ?? code;
        string YesNo(bool value) => TalentText.Get(value ? "Yes" : "No");
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(culture));
        return await ListWorkbook.File(TalentText.Get("Events"),
        [
            new ExportColumn<TalentEventResponse>(TalentText.Get("StartDate"), e => e.StartDate),
            new(TalentText.Get("EndDate"), e => e.EndDate),
            new(TalentText.Get("Title"), e => e.Title),
            new(TalentText.Get("Format"), e => TalentText.Of(e.Format)),
            new(TalentText.Get("Flagship"), e => YesNo(e.Flagship)),
            new(TalentText.Get("Online"), e => YesNo(e.Online)),
            new(TalentText.Get("City"), e => e.City),
            new(TalentText.Get("Country"), e => Country(e.CountryOrRegion)),
            new(TalentText.Get("PartnerNames"), e => e.Partners),
            new(TalentText.Get("TalentsMet"), e => e.TalentsMetCount),
            new(TalentText.Get("TalentsMetBreakdown"), e => e.TalentsMet.Select(m => TalentText.Format("TalentsMetItem", TalentText.Of(m.Degree), Country(m.CountryOrRegion)!, m.Count))),
            new(TalentText.Get("Notes"), e => e.Notes),
            new(TalentText.Get("Organisation"), e => names.GetValueOrDefault(e.OrganisationId)),
        ], rows, ct);
    }
}
