using System.Globalization;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Concerns;

/// <summary>The concern queue: pending overdue concerns first, then by due date.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<ConcernResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await ConcernEndpoints.List(
                new ConcernEndpoints.ListQuery(Status, Category, Department, Overdue == true ? true : null, null, null, null, Year, Q, null, PageNumber, 50),
                db, user, clock, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every concern the filters select (not one page), in the queue's order, as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<ConcernResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<ConcernResponse>(async (page, size) =>
            {
                var list = (await ConcernEndpoints.List(
                    new ConcernEndpoints.ListQuery(Status, Category, Department, Overdue == true ? true : null, null, null, null, Year, Q, null, page, size),
                    db, user, clock, ct)).Value!;
                return (list.Items, list.Total);
            })))
            // A filter that does not parse (year=abc) or that the list refuses shows the page with its message, never a workbook of everything.
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(EnterpriseText.Get("ConcernQueue"),
        [
            new ExportColumn<ConcernResponse>(EnterpriseText.Get("Category"), c => EnterpriseText.Of(c.Category)),
            new(EnterpriseText.Get("Description"), c => c.Description),
            new(EnterpriseText.Get("Enterprise"), c => c.EnterpriseName),
            new(EnterpriseText.Get("RaisedOn"), c => c.RaisedOn),
            new(EnterpriseText.Get("DueOn"), c => c.DueOn),
            new(EnterpriseText.Get("Status"), c => EnterpriseText.Of(c.Status)),
            new(EnterpriseText.Get("Department"), c => c.Department),
            new(EnterpriseText.Get("Overdue"), c => EnterpriseText.Get(c.Overdue ? "Yes" : "No")),
            new(EnterpriseText.Get("SettledOn"), c => c.SettledOn),
            new(EnterpriseText.Get("Outcome"), c => c.Outcome),
            new(EnterpriseText.Get("Organisation"), c => names.GetValueOrDefault(c.OrganisationId)),
        ], rows, ct);
    }
}
