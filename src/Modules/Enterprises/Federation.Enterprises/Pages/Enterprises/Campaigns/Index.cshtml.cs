using System.Globalization;
using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Campaigns;

/// <summary>The service campaigns with their coverage: enterprises visited against the target.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<CampaignResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await CampaignEndpoints.List(
                new CampaignEndpoints.ListQuery(Year, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every campaign the filters select (not one page), with its coverage, as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<CampaignResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<CampaignResponse>(async (page, size) =>
            {
                var list = (await CampaignEndpoints.List(new CampaignEndpoints.ListQuery(Year, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            // A filter that does not parse (year=abc) or that the list refuses shows the page with its message, never a workbook of everything.
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(EnterpriseText.Get("Campaigns"),
        [
            new ExportColumn<CampaignResponse>(EnterpriseText.Get("CampaignName"), c => c.Name),
            new(EnterpriseText.Get("StartsOn"), c => c.StartsOn),
            new(EnterpriseText.Get("EndsOn"), c => c.EndsOn),
            new(EnterpriseText.Get("Target"), c => c.TargetEnterprises),
            new(EnterpriseText.Get("Assigned"), c => c.Assigned),
            new(EnterpriseText.Get("Visited"), c => c.Visited),
            new(EnterpriseText.Get("CoveragePercent"), c => c.Coverage * 100),
            new(EnterpriseText.Get("Organisation"), c => names.GetValueOrDefault(c.OrganisationId)),
        ], rows, ct);
    }
}
