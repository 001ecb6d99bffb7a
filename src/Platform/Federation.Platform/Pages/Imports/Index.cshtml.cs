using Federation.Platform.Imports;
using Federation.Kernel.Imports;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Platform.Resources;

namespace Federation.Platform.Pages.Imports;

/// <summary>The shared import page: pick a ledger, download its template, upload a file for a dry run; the user's recent imports below.</summary>
[RequestSizeLimit(256L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
internal sealed class IndexModel(ImportJobs jobs) : PageModel
{
    public IReadOnlyList<ILedgerImport> Ledgers { get; private set; } = [];
    public IReadOnlyList<ImportJobResponse> Recent { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Ledger { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        ImportJob? job = null;
        if (await this.Try("", async () =>
            {
                if (file is null) throw new Kernel.Http.RequestRejectedException("file", PlatformText.Get("Import.File.Required"));
                await using var content = file.OpenReadStream();
                job = await jobs.Start(Ledger ?? "", file.FileName, content, ImportMode.DryRun, ct);
            }))
            return Redirect($"/imports/{job!.Id}");
        await Load(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        ILedgerImport? ledger = null;
        if (await this.Try("", () => Task.FromResult(ledger = jobs.Ledger(Ledger ?? ""))))
            return await ImportTemplate.File(ledger!, ct);
        await Load(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Ledgers = jobs.Importable();
        Recent = (await jobs.Recent(ct)).Select(jobs.Describe).ToList();
    }
}
