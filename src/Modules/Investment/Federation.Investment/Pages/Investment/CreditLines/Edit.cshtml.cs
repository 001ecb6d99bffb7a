using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Investment.Pages.Investment.CreditLines;

[RequirePermission(InvestmentModule.Write)]
internal sealed class EditModel(InvestmentDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public CreditLineRequest Form { get; set; } = new(null, null, null, null, null, null, null, null);

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<EventResponse> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Form with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await CreditLineEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<CreditLineResponse> { Value: { } c }) return NotFound();
        Form = new CreditLineRequest(c.Bank, c.BeneficiaryGroup, c.AmountYuan, c.GrantedOn, c.EventId, c.Notes, c.OrganisationId, c.Version, c.AmountQualifier);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                if (Id is null) await CreditLineEndpoints.Grant(Form, db, user, ct);
                else await CreditLineEndpoints.Correct(Id.Value, Form, db, user, ct);
            }))
            return Redirect("/investment/credit-lines");
        await LoadChoices(ct);
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        Events = (await EventEndpoints.List(new EventEndpoints.ListQuery(null, null, null, null, 1, 200, "-startDate"), db, user, ct)).Value!.Items;
    }
}
