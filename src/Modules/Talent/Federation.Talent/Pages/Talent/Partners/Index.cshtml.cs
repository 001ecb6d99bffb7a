using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Partners;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Talent.Pages.Talent.Partners;

[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public Kernel.Http.PagedList<PartnerBaseResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(TalentModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await PartnerBaseEndpoints.List(
                new PartnerBaseEndpoints.ListQuery(Year, null, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every partner base the filters select (not one page), with the partner's country or region.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<PartnerBaseResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<PartnerBaseResponse>(async (page, size) =>
            {
                var list = (await PartnerBaseEndpoints.List(new PartnerBaseEndpoints.ListQuery(Year, null, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var culture = CultureInfo.CurrentUICulture;
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(culture));
        return await ListWorkbook.File(TalentText.Get("PartnerBases"),
        [
            new ExportColumn<PartnerBaseResponse>(TalentText.Get("EstablishedOn"), p => p.EstablishedOn),
            new(TalentText.Get("BaseName"), p => p.Name),
            new(TalentText.Get("Kind"), p => TalentText.Of(p.Kind)),
            new(TalentText.Get("PartnerOrganisation"), p => p.PartnerOrganisation),
            new(TalentText.Get("PartnerCountry"), p => p.PartnerCountryOrRegion is { } c ? CountryOrRegion.Find(c)?.Name(culture) ?? c : null),
            new(TalentText.Get("Town"), p => p.Town),
            new(TalentText.Get("Notes"), p => p.Notes),
            new(TalentText.Get("Organisation"), p => names.GetValueOrDefault(p.OrganisationId)),
        ], rows, ct);
    }
}
