using Federation.Enterprises.Data;
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
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user) : PageModel
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
}
