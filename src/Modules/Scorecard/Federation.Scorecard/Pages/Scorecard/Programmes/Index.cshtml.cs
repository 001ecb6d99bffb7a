using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Scorecard.Data;
using Federation.Scorecard.Programmes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Scorecard.Pages.Scorecard.Programmes;

[RequirePermission(ScorecardModule.Read)]
internal sealed class IndexModel(ScorecardDbContext db, ICurrentUser user, IKpiCatalogue kpis) : PageModel
{
    public IReadOnlyList<ProgrammeEndpoints.ProgrammeResponse> Rows { get; private set; } = [];
    public bool CanConfigure => user.HasPermission(ScorecardModule.Configure);

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = (await ProgrammeEndpoints.List(null, db, user, ct)).Value!;

    public string Target(ProgrammeTarget target) => ProgrammeDisplay.Target(kpis, target);
}
