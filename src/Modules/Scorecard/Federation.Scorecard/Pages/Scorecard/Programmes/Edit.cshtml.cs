using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Scorecard.Data;
using Federation.Scorecard.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Scorecard.Pages.Scorecard.Programmes;

/// <summary>Admins create a programme or change its period and targets, through the API's validator and use case.</summary>
[RequirePermission(ScorecardModule.Configure)]
internal sealed class EditModel(ScorecardDbContext db, ICurrentUser user, IKpiCatalogue kpis) : PageModel
{
    private const int BlankTargetRows = 3;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ProgrammeRequest Form { get; set; } = new(null, null, null, null, null, null, null, [], null);

    public IReadOnlyList<KpiDefinition> Kpis => kpis.All;
    public IReadOnlyList<string> WorkLines => kpis.WorkLines;

    public string WorkLineTitle(string workLine) => kpis.WorkLineTitle(workLine)?.For(System.Globalization.CultureInfo.CurrentUICulture) ?? workLine;
    public int TargetRows => (Form.Targets?.Count ?? 0) + BlankTargetRows;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null) return Page();
        if ((await ProgrammeEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<ProgrammeEndpoints.ProgrammeResponse> { Value: { } p })
            return NotFound();
        Form = new ProgrammeRequest(p.NameZh, p.NameEn, p.WorkLine, p.StartsOn, p.EndsOn, p.OwningDepartment, p.OrganisationId,
            p.Targets.Select(t => new TargetRequest(t.KpiKey, t.YearlyTarget)).ToList(), p.Version, p.CountsTaggedOnly);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Blank target rows are spare lines on the form, not targets.
        Form = Form with { Targets = Form.Targets?.Where(t => !string.IsNullOrEmpty(t.KpiKey) || t.YearlyTarget is not null).ToList() ?? [] };
        ModelState.Clear();
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                if (Id is null) await ProgrammeEndpoints.Create(Form, db, user, ct);
                else await ProgrammeEndpoints.Update(Id.Value, Form, db, user, ct);
            }))
            return Redirect("/scorecard/programmes");
        return Page();
    }
}
