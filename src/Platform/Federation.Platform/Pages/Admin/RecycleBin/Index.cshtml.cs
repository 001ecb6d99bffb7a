using Federation.Kernel.Http;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Federation.Platform.RecycleBin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.RecycleBin.RecycleBinEndpoints;

namespace Federation.Platform.Pages.Admin.RecycleBin;

/// <summary>回收站: what every module deleted in the last 30 days, who deleted it, and its restore.</summary>
[RequirePermission(PlatformModule.Admin)]
internal sealed class IndexModel(RecycleBinQuery bin, RecycleBinRestore restore, IModuleDirectory modules) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Module { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedList<RecycledResponse> Records { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<IModule> Modules => modules.Enabled;

    /// <summary>The title of the record just restored, for the message at the top.</summary>
    public string? Restored { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? restored, CancellationToken ct)
    {
        Restored = restored;
        return await Show(ct);
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, string? title, CancellationToken ct)
    {
        var found = true;
        if (await this.Try("", async () => found = await restore.Run(id, ct)))
            return found ? RedirectToPage(new { restored = title, module = Module }) : NotFound();
        return await Show(ct, StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult> Show(CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        if (!await this.Try("", async () => Records = await bin.List(new ListQuery(Module, PageNumber, 50), ct)))
            status = StatusCodes.Status400BadRequest;
        Response.StatusCode = status;
        return Page();
    }
}
