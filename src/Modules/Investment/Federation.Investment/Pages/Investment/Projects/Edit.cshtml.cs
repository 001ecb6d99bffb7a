using Federation.Kernel.Geography;
using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Projects;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Pages.Investment.Projects;

/// <summary>Enters a project into the ledger or corrects its details; stages move on the detail page.</summary>
[RequirePermission(InvestmentModule.Write)]
internal sealed class EditModel(
    InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IProgrammeCatalogue programmes, IPlaceDirectory places) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ProjectRequest Form { get; set; } = Empty;
    [BindProperty] public int? Version { get; set; }

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<EventResponse> Events { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];
    public IReadOnlyList<TownPlace> Towns { get; private set; } = [];

    private static ProjectRequest Empty =>
        new(null, null, InvestorKind.Organisation, null, null, null, null, null, null, ProjectStage.Intent, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId, StageDate = Kernel.Time.ChinaCalendar.Today(clock) };
            return Page();
        }
        if ((await ProjectEndpoints.Get(Id.Value, db, user, clock, ct)).Result is not Ok<ProjectResponse> { Value: { } p }) return NotFound();
        Form = new ProjectRequest(p.Name, p.InvestorName, p.InvestorKind, p.InvestorCountryOrRegion, p.Industry, p.AmountYuan,
            p.Town, p.EventId, p.ResponsibleStaff, p.Stage, p.StageDate, p.OrganisationId, p.ProgrammeId, p.AmountQualifier, p.AmountUpToYuan, p.Area);
        Version = p.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Guid? saved = null;
        var valid = Id is null
            ? await this.Validate(Form, nameof(Form))
            : await this.Validate(Correction(), nameof(Form));
        if (valid && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await ProjectEndpoints.Enter(Form, db, user, clock, programmes, places, ct)).Value!.Id
                    : ((await ProjectEndpoints.Correct(Id.Value, Correction(), db, user, clock, programmes, places, ct)).Result as Ok<ProjectResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/investment/projects/{saved}");
        await LoadChoices(ct);
        return Page();
    }

    private ProjectCorrection Correction() => new(Form.Name, Form.InvestorName, Form.InvestorKind, Form.InvestorCountryOrRegion,
        Form.Industry, Form.AmountYuan, Form.Town, Form.EventId, Form.ResponsibleStaff, Version, Form.ProgrammeId,
        Form.AmountQualifier, Form.AmountUpToYuan, Form.Area);

    private async Task LoadChoices(CancellationToken ct)
    {
        Towns = await places.Towns(ct);
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(InvestmentModule.ModuleName, ct);
        Events = (await EventEndpoints.List(new EventEndpoints.ListQuery(null, null, null, null, 1, 200, "-startDate"), db, user, ct)).Value!.Items;
    }
}
