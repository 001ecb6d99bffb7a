using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Visits;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Pages.Enterprises.Visits;

/// <summary>Records a visit (/enterprises/visits/new, ?enterpriseId= to preselect) or corrects one (/enterprises/visits/{id}/edit).</summary>
[RequirePermission(EnterprisesModule.Write)]
internal sealed class EditModel(
    EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IProgrammeCatalogue programmes) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    /// <summary>The enterprise to preselect on a new visit, from "record a visit" links.</summary>
    [BindProperty(SupportsGet = true)] public Guid? EnterpriseId { get; set; }
    [BindProperty] public VisitRequest Form { get; set; } = Empty;

    /// <summary>The visitors as the form's one line holds them, separated by 、 or commas.</summary>
    [BindProperty] public string? VisitorNames { get; set; }

    public IReadOnlyList<EnterpriseChoice> Enterprises { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    private static VisitRequest Empty => new(null, null, null, [], null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            Form = Empty with { EnterpriseId = EnterpriseId, VisitedOn = ChinaCalendar.Today(clock), OrganisationId = user.OrganisationId };
            await LoadChoices(ct);
            return Page();
        }
        if ((await VisitEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<VisitResponse> { Value: { } v }) return NotFound();
        Form = new VisitRequest(v.EnterpriseId, v.VisitedOn, v.Purpose, v.Visitors.ToList(), v.Notes, v.ProgrammeId, v.OrganisationId, v.Version);
        VisitorNames = string.Join("、", v.Visitors);
        await LoadChoices(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = Form with { Visitors = Names.Split(VisitorNames) };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await VisitEndpoints.Record(Form, db, user, programmes, ct)).Value!.Id
                    : ((await VisitEndpoints.Correct(Id.Value, Form, db, user, programmes, ct)).Result as Ok<VisitResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/enterprises/visits/{saved}");
        await LoadChoices(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Enterprises = await EnterpriseChoices.VisibleTo(db, user, Form.EnterpriseId, ct);
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(EnterprisesModule.ModuleName, ct);
    }
}
