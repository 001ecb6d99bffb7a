using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Registry;

/// <summary>The registry of overseas-Chinese-funded enterprises, searched by name (current or former), code, town, industry and status.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user) : PageModel
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
}
