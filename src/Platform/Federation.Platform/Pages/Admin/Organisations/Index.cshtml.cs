using Federation.Platform.Organisations;
using Federation.Platform.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.Organisations.OrganisationEndpoints;

namespace Federation.Platform.Pages.Admin.Organisations;

[RequirePermission(PlatformModule.Admin)]
internal sealed class IndexModel(
    OrganisationAdministration organisations, ICurrentUser admin) : PageModel
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();

    public OrganisationOutline Outline { get; private set; } = new([]);
    public OrganisationResponse? Created { get; private set; }

    public async Task OnGetAsync(Guid? created, CancellationToken ct)
    {
        Outline = new OrganisationOutline(await organisations.List(ct));
        Created = created is null ? null : Outline.Find(created.Value);
        Form = new OrganisationForm { Kind = OrganisationKind.BranchFederation, ParentId = admin.OrganisationId };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = Form.ToRequest() with { Version = null };
        OrganisationResponse? created = null;
        if (await this.Validate(request, "Form")
            && await this.Try("Form", async () => created = await organisations.Create(request, ct)))
            return RedirectToPage(new { created = created!.Id });
        Outline = new OrganisationOutline(await organisations.List(ct));
        return Page();
    }
}
