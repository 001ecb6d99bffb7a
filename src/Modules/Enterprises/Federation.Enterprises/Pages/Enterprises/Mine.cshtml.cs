using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
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

    /// <summary>The same assignments as a workbook: the list has no filters or pages, so it is every row.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = (await CampaignEndpoints.Mine(db, user, ct)).Value!;
        return await ListWorkbook.File(EnterpriseText.Get("MyEnterprises"),
        [
            new ExportColumn<CampaignEndpoints.MyAssignment>(EnterpriseText.Get("Enterprise"), a => a.EnterpriseName),
            new(EnterpriseText.Get("Campaign"), a => a.CampaignName),
            new(EnterpriseText.Get("CampaignEndsOn"), a => a.CampaignEndsOn),
            new(EnterpriseText.Get("VisitedOn"), a => a.VisitedOn is { } on ? on : (object)EnterpriseText.Get("NotVisited")),
        ], rows, ct);
    }
}
