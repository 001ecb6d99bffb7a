using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Sessions;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Pages.Enterprises.Concerns;

/// <summary>
/// Records a concern (/enterprises/concerns/new, ?enterpriseId= or ?sessionId= to preselect) or corrects
/// what was recorded (/enterprises/concerns/{id}/edit); its status moves only by steps on its page.
/// </summary>
[RequirePermission(EnterprisesModule.Write)]
internal sealed class EditModel(
    EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IProgrammeCatalogue programmes) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? EnterpriseId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? SessionId { get; set; }
    [BindProperty] public ConcernRequest Form { get; set; } = Empty;

    public IReadOnlyList<EnterpriseChoice> Enterprises { get; private set; } = [];
    public IReadOnlyList<PolicySessionResponse> Sessions { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    private static ConcernRequest Empty => new(null, null, null, null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            Form = Empty with
            {
                EnterpriseId = EnterpriseId, PolicySessionId = SessionId, RaisedOn = ChinaCalendar.Today(clock), OrganisationId = user.OrganisationId,
            };
            await LoadChoices(ct);
            return Page();
        }
        if ((await ConcernEndpoints.Get(Id.Value, db, user, clock, ct)).Result is not Ok<ConcernResponse> { Value: { } c }) return NotFound();
        Form = new ConcernRequest(c.EnterpriseId, c.VisitId, c.PolicySessionId, c.Category, c.Description, c.RaisedOn, c.DueOn, c.ProgrammeId,
            c.OrganisationId, c.Version);
        await LoadChoices(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await ConcernEndpoints.Raise(Form, db, user, clock, programmes, ct)).Value!.Id
                    : ((await ConcernEndpoints.Correct(Id.Value, Form, db, user, clock, programmes, ct)).Result as Ok<ConcernResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/enterprises/concerns/{saved}");
        db.ChangeTracker.Clear();
        await LoadChoices(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Enterprises = await EnterpriseChoices.VisibleTo(db, user, Form.EnterpriseId, ct);
        Sessions = (await PolicySessionEndpoints.List(new PolicySessionEndpoints.ListQuery(null, null, null, 1, 200), db, user, ct)).Value!.Items;
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(EnterprisesModule.ModuleName, ct);
    }
}
