using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Scorecard.Data;
using Federation.Scorecard.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Kernel.Departments;

namespace Federation.Scorecard.Pages.Scorecard.Programmes;

/// <summary>Admins create a programme or change its period, launch, actions and targets, through the API's validator and use case.</summary>
[RequirePermission(ScorecardModule.Configure)]
internal sealed class EditModel(ScorecardDbContext db, ICurrentUser user, IKpiCatalogue kpis, LaunchEvents launchEvents,
    IDepartmentDirectory departments) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ProgrammeRequest Form { get; set; } = new(null, null, null, null, null, null, null, [], null, Actions: []);

    public IReadOnlyList<KpiDefinition> Kpis => kpis.All;
    public IReadOnlyList<string> WorkLines => kpis.WorkLines;
    public IReadOnlyList<LaunchEvent> Events { get; private set; } = [];

    public string WorkLineTitle(string workLine) => kpis.WorkLineTitle(workLine)?.For(System.Globalization.CultureInfo.CurrentUICulture) ?? workLine;
    public int TargetRows => (Form.Targets?.Count ?? 0) + BlankRows;
    public int ActionRows => (Form.Actions?.Count ?? 0) + BlankRows;

    /// <summary>The event the programme names but the scorecard has no named fact of (one an API client gave), so saving keeps it.</summary>
    public bool KeepsOtherEvent => Form.LaunchedAtEventId is { } id && Events.All(e => e.Id != id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Events = await launchEvents.Known(ct);
        if (Id is null) return Page();
        if ((await ProgrammeEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<ProgrammeEndpoints.ProgrammeResponse> { Value: { } p })
            return NotFound();
        Form = new ProgrammeRequest(p.NameZh, p.NameEn, p.WorkLine, p.StartsOn, p.EndsOn, p.OwningDepartment, p.OrganisationId,
            p.Targets.Select(t => new TargetRequest(t.KpiKey, t.YearlyTarget)).ToList(), p.Version, p.CountsTaggedOnly,
            p.LaunchedAtEventId, p.LaunchedAt, p.Actions.Select(a => new ActionRequest(a.Title, a.Description)).ToList());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Events = await launchEvents.Known(ct);
        // Blank target and action rows are spare lines on the form; an event chosen from the list
        // gives the launch its title unless the user typed one of their own.
        Form = Form with
        {
            Targets = Form.Targets?.Where(t => !string.IsNullOrEmpty(t.KpiKey) || t.YearlyTarget is not null).ToList() ?? [],
            Actions = Form.Actions?.Where(a => !string.IsNullOrWhiteSpace(a.Title) || !string.IsNullOrWhiteSpace(a.Description)).ToList() ?? [],
            LaunchedAt = string.IsNullOrWhiteSpace(Form.LaunchedAt) ? Events.FirstOrDefault(e => e.Id == Form.LaunchedAtEventId)?.Title : Form.LaunchedAt,
        };
        ModelState.Clear();
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                if (Id is null) await ProgrammeEndpoints.Create(Form, db, user, departments, ct);
                else await ProgrammeEndpoints.Update(Id.Value, Form, db, user, departments, ct);
            }))
            return Redirect("/scorecard/programmes");
        return Page();
    }
}
