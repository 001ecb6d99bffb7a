using Federation.Kernel.Web;
using Federation.Platform.Places;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Admin.Places;

/// <summary>One town: correcting or removing it, and adding, correcting and removing its areas.</summary>
[RequirePermission(PlatformModule.Admin)]
internal sealed class TownModel(PlaceAdministration places) : PageModel
{
    private const string AreaPrefix = nameof(AreaForm);

    [BindProperty] public TownForm Form { get; set; } = new();
    [BindProperty] public AreaForm AreaForm { get; set; } = new();

    public TownResponse? Town { get; private set; }
    public bool Saved { get; private set; }

    /// <summary>With <paramref name="area"/>, the area form holds that area for correcting; else it adds one.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? area, bool saved, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Form = TownForm.From(Town!);
        AreaForm = Town!.Areas.FirstOrDefault(a => a.Id == area) is { } chosen ? AreaForm.From(chosen) : new AreaForm();
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var request = Form.ToRequest();
        TownResponse? updated = null;
        if (await this.Validate(request, "Form", AliasText.Input)
            && await this.Try("Form", async () => updated = await places.UpdateTown(id, request, ct), AliasText.Input))
            return updated is null ? NotFound() : Saving(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int? version, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var removed = false;
        if (await this.Try("Form", async () => removed = await places.RemoveTown(id, version, ct)))
            return removed ? RedirectToPage("Index", new { removed = Town!.Name }) : NotFound();
        Form = TownForm.From(Town!);
        return Page();
    }

    /// <summary>Adds the area, or corrects it when the form holds an area's id.</summary>
    public async Task<IActionResult> OnPostAreaAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var request = AreaForm.ToRequest();
        AreaResponse? saved = null;
        if (await this.Validate(request, AreaPrefix, AliasText.Input)
            && await this.Try(AreaPrefix, async () => saved = AreaForm.Id is { } areaId
                ? await places.UpdateArea(id, areaId, request, ct)
                : await places.AddArea(id, request, ct), AliasText.Input))
            return saved is null ? NotFound() : Saving(id);
        Form = TownForm.From(Town!);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAreaAsync(Guid id, Guid areaId, int? version, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var removed = false;
        if (await this.Try(AreaPrefix, async () => removed = await places.RemoveArea(id, areaId, version, ct)))
            return removed ? Saving(id) : NotFound();
        Form = TownForm.From(Town!);
        return Page();
    }

    private RedirectToPageResult Saving(Guid id) => RedirectToPage(new { id, saved = true });

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Town = await places.Find(id, ct);
        return Town is not null;
    }
}
