using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Registry;

/// <summary>
/// Registers an enterprise (/enterprises/registry/new) or corrects or renames one
/// (/enterprises/registry/{id}/edit), through the API's validator and use cases.
/// </summary>
[RequirePermission(EnterprisesModule.Write)]
internal sealed class EditModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory, Federation.Kernel.PersonalData.IPersonalDataLog log,
    IPlaceDirectory places) : PageModel
{
    /// <summary>Contact lines the form offers at least; blank ones are not contacts.</summary>
    private const int ContactLines = 3;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public EnterpriseRequest Form { get; set; } = Empty;

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<CountryOrRegion> Countries => CountryOrRegion.Sorted(System.Globalization.CultureInfo.CurrentUICulture);
    public int ContactRows => Math.Max(ContactLines, Form.Contacts?.Count ?? 0);

    private static EnterpriseRequest Empty => new(null, null, null, null, null, [], EnterpriseStatus.Operating, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await EnterpriseEndpoints.Get(Id.Value, db, user, log, ct)).Result is not Ok<EnterpriseResponse> { Value: { } e }) return NotFound();
        Form = new EnterpriseRequest(e.Name, e.CreditCode, e.Town, e.Industry, e.InvestorCountryOrRegion,
            e.Contacts.Select(c => (ContactRequest?)new ContactRequest(c.Name, c.Role, c.Phone)).ToList(), e.Status, e.Notes, e.OrganisationId, e.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Blank contact lines are spare lines on the form; codes are stored in capitals without spaces.
        Form = Form with
        {
            CreditCode = Code(Form.CreditCode),
            InvestorCountryOrRegion = Code(Form.InvestorCountryOrRegion),
            Contacts = (Form.Contacts ?? []).Where(c => c is not null
                && !(string.IsNullOrWhiteSpace(c.Name) && string.IsNullOrWhiteSpace(c.Role) && string.IsNullOrWhiteSpace(c.Phone))).ToList(),
        };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await EnterpriseEndpoints.Register(Form, db, user, places, ct)).Value!.Id
                    : ((await EnterpriseEndpoints.Correct(Id.Value, Form, db, user, places, ct)).Result as Ok<EnterpriseResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/enterprises/registry/{saved}");
        Organisations = await directory.VisibleTo(user, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string? Code(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Concat(value.Where(ch => !char.IsWhiteSpace(ch))).ToUpperInvariant();
}
