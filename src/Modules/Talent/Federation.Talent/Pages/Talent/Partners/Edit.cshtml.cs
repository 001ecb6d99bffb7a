using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Partners;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Talent.Pages.Talent.Partners;

[RequirePermission(TalentModule.Write)]
internal sealed class EditModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes, IPlaceDirectory places) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public PartnerBaseRequest Form { get; set; } = new(null, null, PartnerBaseKind.TalentWorkstation, null, null, null, null, null, null, null);

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Form with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await PartnerBaseEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<PartnerBaseResponse> { Value: { } p }) return NotFound();
        Form = new PartnerBaseRequest(p.PartnerOrganisation, p.Name, p.Kind, p.EstablishedOn, p.Town, p.PartnerCountryOrRegion, p.ProgrammeId,
            p.Notes, p.OrganisationId, p.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                if (Id is null) await PartnerBaseEndpoints.Establish(Form, db, user, programmes, places, ct);
                else await PartnerBaseEndpoints.Correct(Id.Value, Form, db, user, programmes, places, ct);
            }))
            return Redirect("/talent/partner-bases");
        await LoadChoices(ct);
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(TalentModule.ModuleName, ct);
    }
}
