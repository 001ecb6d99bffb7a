using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Data;
using Federation.RightsProtection.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.RightsProtection.Pages.Rights.Cases;

/// <summary>
/// Records a case as received (/rights/cases/new) or corrects one (/rights/cases/{id}/edit). The
/// steps after receipt are taken on the details page.
/// </summary>
[RequirePermission(RightsProtectionModule.Write)]
internal sealed class EditModel(RightsDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, Federation.Kernel.PersonalData.IPersonalDataLog log) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    [BindProperty] public CaseRequest Form { get; set; } = Empty;

    /// <summary>The case's status when corrected, shown beside the title; null for a new case.</summary>
    public CaseStatus? CurrentStatus { get; private set; }

    public IReadOnlyList<EnterpriseChoices.EnterpriseChoice> Enterprises { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    private static CaseRequest Empty => new(null, ComplainantKind.ReturnedOverseasChinese, null, false, null,
        null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            Form = Empty with { ReceivedOn = ChinaCalendar.Today(clock), OrganisationId = user.OrganisationId };
            await LoadChoices(ct);
            return Page();
        }
        if ((await CaseEndpoints.Get(Id.Value, db, user, log, ct)).Result is not Ok<CaseResponse> { Value: { } c }) return NotFound();
        Form = new CaseRequest(c.ComplainantName, c.ComplainantKind, c.Contact, c.ContactConsent, c.Category, c.Matter, c.Town,
            c.ReceivedOn, c.EnterpriseId, c.Notes, c.OrganisationId, c.Version);
        CurrentStatus = c.Status;
        await LoadChoices(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // An unticked checkbox posts nothing: no consent.
        Form = Form with { ContactConsent = Form.ContactConsent ?? false };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await CaseEndpoints.Receive(Form, db, user, ct)).Value!.Id
                    : ((await CaseEndpoints.Correct(Id.Value, Form, db, user, ct)).Result as Ok<CaseResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/rights/cases/{saved}");
        db.ChangeTracker.Clear();
        if (Id is not null)
        {
            if ((await CaseEndpoints.Get(Id.Value, db, user, log, ct)).Result is not Ok<CaseResponse> { Value: { } c }) return NotFound();
            CurrentStatus = c.Status;
        }
        await LoadChoices(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Enterprises = (await EnterpriseChoices.List(null, db, user, ct)).Value!;
        Organisations = await directory.VisibleTo(user, ct);
    }
}
