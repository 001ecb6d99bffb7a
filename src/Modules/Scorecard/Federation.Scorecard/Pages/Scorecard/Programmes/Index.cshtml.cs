using System.Globalization;
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

    public string KpiTitle(string key) =>
        kpis.All.FirstOrDefault(k => k.Key == key)?.Title.For(CultureInfo.CurrentUICulture) ?? key;

    public string Show(string key, decimal value) =>
        kpis.All.FirstOrDefault(k => k.Key == key)?.Unit switch
        {
            KpiUnit.Yuan => Display.Yuan(value),
            KpiUnit.Percent => (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
            _ => value.ToString("0.##", CultureInfo.InvariantCulture),
        };
}
