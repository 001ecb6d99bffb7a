using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Scorecard.Data;
using Federation.Scorecard.Programmes;
using Federation.Scorecard.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Scorecard.Pages.Scorecard.Programmes;

/// <summary>A programme as its owners describe it: its period, where it was launched, its numbered actions and its targets.</summary>
[RequirePermission(ScorecardModule.Read)]
internal sealed class DetailsModel(ScorecardDbContext db, ICurrentUser user, IKpiCatalogue kpis) : PageModel
{
    public ProgrammeEndpoints.ProgrammeResponse Programme { get; private set; } = null!;
    public bool CanConfigure => user.HasPermission(ScorecardModule.Configure);

    public string WorkLine => Programme.WorkLine is { } line
        ? kpis.WorkLineTitle(line)?.For(System.Globalization.CultureInfo.CurrentUICulture) ?? line
        : ScorecardText.Get("CrossCutting");

    public string Target(ProgrammeTarget target) => ProgrammeDisplay.Target(kpis, target);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await ProgrammeEndpoints.Get(id, db, user, ct)).Result is not Ok<ProgrammeEndpoints.ProgrammeResponse> { Value: { } found })
            return NotFound();
        Programme = found;
        return Page();
    }
}
