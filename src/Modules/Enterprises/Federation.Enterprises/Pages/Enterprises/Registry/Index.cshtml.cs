using System.Globalization;
using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Registry;

/// <summary>The registry of overseas-Chinese-funded enterprises, searched by name (current or former), code, town, industry and status.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<EnterpriseResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await EnterpriseEndpoints.List(
                new EnterpriseEndpoints.ListQuery(Q, Town, Industry, Status, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every enterprise the filters select (not one page), as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<EnterpriseResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<EnterpriseResponse>(async (page, size) =>
            {
                var list = (await EnterpriseEndpoints.List(new EnterpriseEndpoints.ListQuery(Q, Town, Industry, Status, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            // A filter that does not parse (year=abc) or that the list refuses shows the page with its message, never a workbook of everything.
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var culture = CultureInfo.CurrentUICulture;
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(culture));
        return await ListWorkbook.File(EnterpriseText.Get("Registry"),
        [
            new ExportColumn<EnterpriseResponse>(EnterpriseText.Get("EnterpriseName"), e => e.Name),
            new(EnterpriseText.Get("FormerNames"), e => e.FormerNames),
            new(EnterpriseText.Get("CreditCode"), e => e.CreditCode),
            new(EnterpriseText.Get("Town"), e => e.Town),
            new(EnterpriseText.Get("Industry"), e => e.Industry),
            new(EnterpriseText.Get("InvestorFrom"), e => e.InvestorCountryOrRegion is { } c ? CountryOrRegion.Find(c)?.Name(culture) ?? c : null),
            new(EnterpriseText.Get("Status"), e => EnterpriseText.Of(e.Status)),
            new(EnterpriseText.Get("Contacts"), e => e.Contacts.Select(ContactCells.Write)),
            new(EnterpriseText.Get("Organisation"), e => names.GetValueOrDefault(e.OrganisationId)),
        ], rows, ct);
    }
}
