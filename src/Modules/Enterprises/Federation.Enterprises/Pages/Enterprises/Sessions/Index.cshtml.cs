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

namespace Federation.Enterprises.Pages.Enterprises.Sessions;

/// <summary>The policy sessions with government departments, newest first, with the concerns raised at each.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<PolicySessionResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await PolicySessionEndpoints.List(
                new PolicySessionEndpoints.ListQuery(Year, Department, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every session the filters select (not one page), with the concerns raised at each, as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<PolicySessionResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<PolicySessionResponse>(async (page, size) =>
            {
                var list = (await PolicySessionEndpoints.List(new PolicySessionEndpoints.ListQuery(Year, Department, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            // A filter that does not parse (year=abc) or that the list refuses shows the page with its message, never a workbook of everything.
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(EnterpriseText.Get("PolicySessions"),
        [
            new ExportColumn<PolicySessionResponse>(EnterpriseText.Get("HeldOn"), s => s.HeldOn),
            new(EnterpriseText.Get("Topic"), s => s.Topic),
            new(EnterpriseText.Get("Departments"), s => s.Departments),
            new(EnterpriseText.Get("Attendees"), s => s.Attendees),
            new(EnterpriseText.Get("Venue"), s => s.Venue),
            new(EnterpriseText.Get("ConcernsRaised"), s => s.ConcernsRaised),
            new(EnterpriseText.Get("Organisation"), s => names.GetValueOrDefault(s.OrganisationId)),
        ], rows, ct);
    }
}
