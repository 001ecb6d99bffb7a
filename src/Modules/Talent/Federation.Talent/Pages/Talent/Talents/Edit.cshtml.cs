using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Talents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Talent.Pages.Talent.Talents;

[RequirePermission(TalentModule.Write)]
internal sealed class EditModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory, IPersonalDataLog log) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public TalentRequest Form { get; set; } = new(null, null, Contracts.Degree.PhD, null, null, null, null, null, null, false, null, null, null, null);

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<CountryOrRegion> Countries => CountryOrRegion.Sorted(System.Globalization.CultureInfo.CurrentUICulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        if (Id is null)
        {
            Form = Form with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await TalentEndpoints.Get(Id.Value, db, user, log, ct)).Result is not Ok<TalentResponse> { Value: { } t }) return NotFound();
        // A reader without the permission is shown the contact masked (or not at all); sending it back unchanged keeps it.
        Form = new TalentRequest(t.NameZh, t.NameForeign, t.Degree, t.Field, t.CountryOrRegion, t.Institution, t.Contact, t.HowMet,
            t.MetAtEventId, t.ConsentToContact, t.ConsentRecordedOn, t.Notes, t.OrganisationId, t.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await TalentEndpoints.Create(Form, db, user, ct)).Value!.Id
                    : ((await TalentEndpoints.Correct(Id.Value, Form, db, user, ct)).Result as Ok<TalentResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/talent/talents/{saved}");
        Organisations = await directory.VisibleTo(user, ct);
        return Page();
    }
}
