using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.RightsProtection.Pages.Rights.Cases;

/// <summary>The rights cases, newest first, by status, category, kind of complainant, town, year and name or matter.</summary>
[RequirePermission(RightsProtectionModule.Read)]
internal sealed class IndexModel(RightsDbContext db, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<CaseResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(RightsProtectionModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A refused filter (an unknown status typed in the address) shows next to the list, not as an error page.
        if (!await this.Try("", async () => Rows = (await CaseEndpoints.List(
                new CaseEndpoints.ListQuery(Status, Category, Kind, Town?.Trim(), null, Year, Q?.Trim(), null, PageNumber, 50),
                db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
