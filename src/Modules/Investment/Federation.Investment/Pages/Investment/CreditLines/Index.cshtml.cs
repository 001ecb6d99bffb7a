using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Investment.Pages.Investment.CreditLines;

[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public CreditLineEndpoints.CreditLinePage Rows { get; private set; } = new([], 0, 0, 1, 50);
    public bool CanWrite => user.HasPermission(InvestmentModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () =>
                Rows = (await CreditLineEndpoints.List(new CreditLineEndpoints.ListQuery(Year, null, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
