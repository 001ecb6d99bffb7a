using System.Globalization;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Enterprises.Visits;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Visits;

/// <summary>The visits to enterprises, newest first, by year, purpose and town.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Purpose { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<VisitResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await VisitEndpoints.List(
                new VisitEndpoints.ListQuery(null, Year, Purpose, Town, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every visit the filters select (not one page), as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<VisitResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<VisitResponse>(async (page, size) =>
            {
                var list = (await VisitEndpoints.List(new VisitEndpoints.ListQuery(null, Year, Purpose, Town, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            // A filter that does not parse (year=abc) or that the list refuses shows the page with its message, never a workbook of everything.
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(EnterpriseText.Get("Visits"),
        [
            new ExportColumn<VisitResponse>(EnterpriseText.Get("VisitedOn"), v => v.VisitedOn),
            new(EnterpriseText.Get("Enterprise"), v => v.EnterpriseName),
            new(EnterpriseText.Get("Town"), v => v.Town),
            new(EnterpriseText.Get("Purpose"), v => EnterpriseText.Of(v.Purpose)),
            new(EnterpriseText.Get("Visitors"), v => v.Visitors),
            new(EnterpriseText.Get("VisitNotes"), v => v.Notes),
            new(EnterpriseText.Get("Organisation"), v => names.GetValueOrDefault(v.OrganisationId)),
        ], rows, ct);
    }
}
