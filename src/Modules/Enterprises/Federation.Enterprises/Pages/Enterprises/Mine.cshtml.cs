using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises;

/// <summary>The signed-in leader's enterprises in the service campaigns, the ones still to visit first.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class MineModel(EnterprisesDbContext db, ICurrentUser user) : PageModel
{
    public IReadOnlyList<CampaignEndpoints.MyAssignment> Rows { get; private set; } = [];
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rows = (await CampaignEndpoints.Mine(db, user, ct)).Value!;
        return Page();
    }
}
