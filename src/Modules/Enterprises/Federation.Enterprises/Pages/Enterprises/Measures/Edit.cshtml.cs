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

namespace Federation.Enterprises.Pages.Enterprises.Measures;

/// <summary>Records joint measures (/enterprises/measures/new) or corrects them (/enterprises/measures/{id}/edit); one item a line.</summary>
[RequirePermission(EnterprisesModule.Write)]
internal sealed class EditModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes,
    IDepartmentDirectory departments) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public JointMeasureRequest Form { get; set; } = Empty;

    /// <summary>The items as the form's text area holds them, one a line.</summary>
    [BindProperty] public string? ItemLines { get; set; }

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    private static JointMeasureRequest Empty => new(null, null, null, [], null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await JointMeasureEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<JointMeasureResponse> { Value: { } m }) return NotFound();
        Form = new JointMeasureRequest(m.Title, m.PartnerDepartment, m.IssuedOn, m.Items.ToList(), m.Notes, m.ProgrammeId, m.OrganisationId, m.Version);
        ItemLines = string.Join("\n", m.Items);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = Form with { Items = Names.Lines(ItemLines) };
        ModelState.Clear();
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                if (Id is null) await JointMeasureEndpoints.Issue(Form, db, user, programmes, departments, ct);
                else await JointMeasureEndpoints.Correct(Id.Value, Form, db, user, programmes, departments, ct);
            }))
            return Redirect("/enterprises/measures");
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
