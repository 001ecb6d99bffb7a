using Federation.Enterprises.Concerns;
using Federation.Enterprises.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Concerns;

/// <summary>The concern queue: pending overdue concerns first, then by due date.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
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
}
