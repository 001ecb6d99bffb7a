using Federation.Enterprises.Data;
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
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user) : PageModel
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
}
