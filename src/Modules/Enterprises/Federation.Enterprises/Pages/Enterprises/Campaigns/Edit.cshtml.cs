using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Pages.Enterprises.Campaigns;

/// <summary>Starts a service campaign (/enterprises/campaigns/new) or corrects one (/enterprises/campaigns/{id}/edit); assignments are made on its board.</summary>
[RequirePermission(EnterprisesModule.Write)]
internal sealed class EditModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public CampaignRequest Form { get; set; } = Empty;

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    private static CampaignRequest Empty => new(null, null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await CampaignEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<CampaignResponse> { Value: { } c }) return NotFound();
        Form = new CampaignRequest(c.Name, c.StartsOn, c.EndsOn, c.TargetEnterprises, c.ProgrammeId, c.Notes, c.OrganisationId, c.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await CampaignEndpoints.Create(Form, db, user, programmes, ct)).Value!.Id
                    : ((await CampaignEndpoints.Correct(Id.Value, Form, db, user, programmes, ct)).Result as Ok<CampaignResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/enterprises/campaigns/{saved}");
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
