using Federation.Enterprises.Data;
using Federation.Enterprises.Sessions;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Departments;

namespace Federation.Enterprises.Pages.Enterprises.Sessions;

/// <summary>Records a policy session (/enterprises/sessions/new) or corrects one (/enterprises/sessions/{id}/edit).</summary>
[RequirePermission(EnterprisesModule.Write)]
internal sealed class EditModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes,
    IDepartmentDirectory departments) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public PolicySessionRequest Form { get; set; } = Empty;

    /// <summary>The departments as the form's one line holds them, separated by 、 or commas.</summary>
    /// <summary>The departments chosen: several from the pick-list, or one text of names joined by 、 while the list is empty.</summary>
    [BindProperty] public List<string> DepartmentNames { get; set; } = [];

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    private static PolicySessionRequest Empty => new(null, null, [], null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await PolicySessionEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<PolicySessionResponse> { Value: { } s }) return NotFound();
        Form = new PolicySessionRequest(s.Topic, s.HeldOn, s.Departments.ToList(), s.Attendees, s.Venue, s.Notes, s.ProgrammeId, s.OrganisationId, s.Version);
        DepartmentNames = [.. s.Departments];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = Form with { Departments = DepartmentNames.SelectMany(Names.Split).ToList() };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await PolicySessionEndpoints.Hold(Form, db, user, programmes, departments, ct)).Value!.Id
                    : ((await PolicySessionEndpoints.Correct(Id.Value, Form, db, user, programmes, departments, ct)).Result as Ok<PolicySessionResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/enterprises/sessions/{saved}");
        await LoadChoices(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(EnterprisesModule.ModuleName, ct);
    }
}
