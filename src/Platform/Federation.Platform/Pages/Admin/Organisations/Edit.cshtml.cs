using Federation.Platform.Organisations;
using Federation.Platform.Data;
using Federation.Kernel.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.Organisations.OrganisationEndpoints;

namespace Federation.Platform.Pages.Admin.Organisations;

[RequirePermission(PlatformModule.Admin)]
internal sealed class EditModel(OrganisationAdministration organisations) : PageModel
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();

    public OrganisationOutline Outline { get; private set; } = new([]);
    public OrganisationResponse? Organisation { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Form = OrganisationForm.From(Organisation!);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var request = Form.ToRequest();
        OrganisationResponse? updated = null;
        if (await this.Validate(request, "Form")
            && await this.Try("Form", async () => updated = await organisations.Update(id, request, ct)))
            return updated is null ? NotFound() : RedirectToPage(new { id, saved = true });
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Outline = new OrganisationOutline(await organisations.List(ct));
        Organisation = Outline.Find(id);
        return Organisation is not null;
    }
}
