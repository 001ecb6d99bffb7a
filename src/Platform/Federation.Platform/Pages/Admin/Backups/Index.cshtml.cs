using Federation.Kernel.Http;
using Federation.Kernel.Persistence;
using Federation.Platform.Backups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Pages.Admin.Backups;

/// <summary>数据备份: the backups on disk with their sizes, the daily schedule, and a backup taken now; top-level admins only, like the API.</summary>
[Authorize(Policy = PermissionPolicy.WholePlatformPrefix + PlatformModule.Admin)]
internal sealed class IndexModel(DatabaseBackups backups, IOptions<BackupSchedule> schedule) : PageModel
{
    public IReadOnlyList<BackupFile> Files { get; private set; } = [];

    public BackupSchedule Schedule => schedule.Value;

    public string Folder => backups.Folder;

    /// <summary>The file just written, or "" when one had been taken this second already.</summary>
    public string? Taken { get; private set; }

    public string? Failure { get; private set; }

    public void OnGet(string? taken)
    {
        Taken = taken;
        Files = backups.List();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var created = await backups.Create(ct);
            return RedirectToPage(new { taken = created?.File ?? "" });
        }
        catch (BackupFailedException failure)
        {
            Failure = failure.Message;
            Files = backups.List();
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }

    /// <summary>Sizes as an operator reads them: kilobytes below a megabyte, megabytes with one decimal above (the unit's text key and the figure).</summary>
    public static (string Unit, string Figure) Size(long bytes) => bytes < 1024 * 1024
        ? ("Backups.Kilobytes", Math.Max(1, bytes / 1024).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
        : ("Backups.Megabytes", (bytes / (1024.0 * 1024.0)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
}
