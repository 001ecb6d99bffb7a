using Federation.Platform.Imports;
using Federation.Kernel.Http;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Imports;

/// <summary>
/// One import: its progress while it runs (the page polls the API and reloads when it ends),
/// then its totals and row report, and for a finished dry run the two ways to import it.
/// </summary>
internal sealed class JobModel(ImportJobs jobs) : PageModel
{
    public ImportJobResponse Job { get; private set; } = null!;
    public PagedList<ImportRowResponse> Rows { get; private set; } = new([], 0, 1, 100);
    public bool RefusedOnly { get; private set; }
    public ImportJobResponse? ConfirmedBy { get; private set; }

    public bool Running => Job.State is ImportState.Queued or ImportState.Running;

    public bool Confirmable => Job is { Mode: ImportMode.DryRun, State: ImportState.Finished, Rows: > 0 } && ConfirmedBy is null;

    public async Task<IActionResult> OnGetAsync(Guid id, bool? refusedOnly, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var job = await jobs.Own(id, ct);
        if (job is null) return NotFound();
        Job = jobs.Describe(job);
        RefusedOnly = refusedOnly ?? Job.Refused > 0;
        Rows = await jobs.Rows(job, RefusedOnly, pageNumber, 100, ct);
        ConfirmedBy = (await jobs.Recent(ct)).Where(j => j.ConfirmsJobId == id && j.State != ImportState.Refused)
            .Select(jobs.Describe).FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, ImportMode mode, CancellationToken ct)
    {
        ImportJob? started = null;
        if (await this.Try("", async () => started = await jobs.Confirm(id, mode, ct)))
            return Redirect($"/imports/{started!.Id}");
        var shown = await OnGetAsync(id, null, null, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return shown;
    }
}
