using System.Globalization;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Enterprises.Sessions;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Measures;

/// <summary>The service measures issued jointly with government departments, each with its numbered items.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<JointMeasureResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await JointMeasureEndpoints.List(
                new JointMeasureEndpoints.ListQuery(Year, Department, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every measure the filters select (not one page), its items one a line in one cell, as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<JointMeasureResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<JointMeasureResponse>(async (page, size) =>
            {
                var list = (await JointMeasureEndpoints.List(new JointMeasureEndpoints.ListQuery(Year, Department, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            // A filter that does not parse (year=abc) or that the list refuses shows the page with its message, never a workbook of everything.
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(EnterpriseText.Get("JointMeasures"),
        [
            new ExportColumn<JointMeasureResponse>(EnterpriseText.Get("MeasureTitle"), m => m.Title),
            new(EnterpriseText.Get("PartnerDepartment"), m => m.PartnerDepartment),
            new(EnterpriseText.Get("IssuedOn"), m => m.IssuedOn),
            new(EnterpriseText.Get("Items"), m => string.Join("\n", m.Items)),
            new(EnterpriseText.Get("Notes"), m => m.Notes),
            new(EnterpriseText.Get("Organisation"), m => names.GetValueOrDefault(m.OrganisationId)),
        ], rows, ct);
    }
}
