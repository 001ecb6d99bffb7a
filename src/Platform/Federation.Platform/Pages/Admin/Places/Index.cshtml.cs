using Federation.Kernel.Web;
using Federation.Platform.Places;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Admin.Places;

/// <summary>The towns with their aliases and areas, and the form that adds a town.</summary>
[RequirePermission(PlatformModule.Admin)]
internal sealed class IndexModel(PlaceAdministration places) : PageModel
{
    [BindProperty] public TownForm Form { get; set; } = new();

    public IReadOnlyList<TownResponse> Towns { get; private set; } = [];
    public TownResponse? Created { get; private set; }

    /// <summary>The name of the town just removed on its own page, to say so here.</summary>
    public string? Removed { get; private set; }

    public async Task OnGetAsync(Guid? created, string? removed, CancellationToken ct)
    {
        Towns = await places.List(ct);
        Created = Towns.FirstOrDefault(t => t.Id == created);
        Removed = removed;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = Form.ToRequest() with { Version = null };
        TownResponse? created = null;
        if (await this.Validate(request, "Form", AliasText.Input)
            && await this.Try("Form", async () => created = await places.CreateTown(request, ct), AliasText.Input))
            return RedirectToPage(new { created = created!.Id });
        Towns = await places.List(ct);
        return Page();
    }
}
