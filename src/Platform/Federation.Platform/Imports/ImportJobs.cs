using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Modules;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Federation.Kernel.Scheduling;

namespace Federation.Platform.Imports;

/// <summary>
/// The import use cases the API and the import pages share: which ledgers a user may import,
/// starting a dry run or an import of an upload, confirming a dry run, and reading a job's report.
/// </summary>
internal sealed class ImportJobs(
    PlatformDbContext platform, IEnumerable<ILedgerImport> ledgers, ICurrentUser user, IModuleDirectory modules,
    ImportFiles files, ImportQueue queue, ImportProgress progress, IOptions<ImportLimits> limits, TimeProvider clock,
    IHostIdentity host)
{
    private static readonly string[] Extensions = [".xlsx", ".csv"];

    /// <summary>The ledgers the user holds the permission to import, in menu order of their modules.</summary>
    public IReadOnlyList<ILedgerImport> Importable() => ledgers.Where(l => user.HasPermission(l.Permission)).ToList();

    public ILedgerImport Ledger(string name) =>
        ledgers.FirstOrDefault(l => l.Name == name) is { } ledger
            ? user.HasPermission(ledger.Permission) ? ledger : throw new PermissionMissingException("ledger", ledger.Permission, PlatformText.Get("Import.NotAllowed"))
            : throw new RequestRejectedException("ledger", PlatformText.Get("Import.UnknownLedger"), 404);

    public async Task<ImportJob> Start(string ledgerName, string? fileName, Stream content, ImportMode mode, CancellationToken ct)
    {
        var ledger = Ledger(ledgerName);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(fileName)) throw new RequestRejectedException("file", PlatformText.Get("Import.File.Required"));
        if (!Extensions.Contains(extension)) throw new RequestRejectedException("file", PlatformText.Get("Import.File.Extension"));
        string stored;
        try { stored = await files.Save(content, extension, limits.Value.MaxFileBytes, ct); }
        catch (LedgerFileRefusedException refused) { throw new RequestRejectedException("file", refused.Message); }
        return await Queue(new ImportJob
        {
            Ledger = ledger.Name,
            UserId = user.UserId ?? Guid.Empty,
            UserName = user.UserName,
            FileName = Path.GetFileName(fileName)[..Math.Min(Path.GetFileName(fileName).Length, 200)],
            StoredFile = stored,
            Culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "zh-CN" : "en",
            Mode = mode,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        }, ct);
    }

    /// <summary>Imports the file a finished dry run checked; the rows are checked again as they are written.</summary>
    public async Task<ImportJob> Confirm(Guid dryRunId, ImportMode mode, CancellationToken ct)
    {
        if (mode == ImportMode.DryRun) throw new RequestRejectedException("mode", PlatformText.Get("Import.ConfirmMode"));
        var dryRun = await Own(dryRunId, ct) ?? throw new RequestRejectedException("id", PlatformText.Get("Import.UnknownJob"), 404);
        Ledger(dryRun.Ledger);
        if (dryRun.Mode != ImportMode.DryRun || dryRun.State != ImportState.Finished)
            throw new RuleViolationException("id", PlatformText.Get("Import.NotConfirmable"));
        if (await platform.ImportJobs.AnyAsync(j => j.ConfirmsJobId == dryRunId && j.State != ImportState.Refused, ct))
            throw new RuleViolationException("id", PlatformText.Get("Import.AlreadyConfirmed"));
        // The file is on the host that took the upload; only that host can tell whether it is still there.
        if (dryRun.RunBy is null || dryRun.RunBy == host.Name)
        {
            if (!files.Exists(dryRun)) throw new RuleViolationException("id", PlatformText.Get("Import.FileGone"));
        }
        return await Queue(new ImportJob
        {
            Ledger = dryRun.Ledger,
            UserId = dryRun.UserId,
            UserName = dryRun.UserName,
            FileName = dryRun.FileName,
            StoredFile = dryRun.StoredFile,
            Culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "zh-CN" : "en",
            Mode = mode,
            ConfirmsJobId = dryRun.Id,
            RunBy = dryRun.RunBy,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        }, ct);
    }

    /// <summary>A job of the current user's, or null: nobody reads another's reports.</summary>
    public Task<ImportJob?> Own(Guid id, CancellationToken ct) =>
        platform.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.UserId == user.UserId, ct);

    public async Task<IReadOnlyList<ImportJob>> Recent(CancellationToken ct) =>
        await platform.ImportJobs.AsNoTracking().Where(j => j.UserId == user.UserId)
            .OrderByDescending(j => j.CreatedAtUtc).Take(20).ToListAsync(ct);

    public ImportJobResponse Describe(ImportJob job)
    {
        var running = progress.Of(job.Id);
        var ledger = ledgers.FirstOrDefault(l => l.Name == job.Ledger);
        return new ImportJobResponse(job.Id, job.Ledger, ledger?.Title.For(CultureInfo.CurrentUICulture) ?? job.Ledger, job.FileName,
            job.Mode, job.State, job.CreatedAtUtc, job.FinishedAtUtc, job.ConfirmsJobId, job.Problem, job.IgnoredColumns,
            running?.Done ?? (job.State == ImportState.Finished ? job.Rows : 0), running?.Total, running?.RowsPerSecond,
            job.Rows, job.Added, job.Updated, job.Unchanged, job.RefusedRows, job.Written);
    }

    /// <summary>A page of a job's row report, refused rows only when asked; problems name columns by their headers.</summary>
    public async Task<PagedList<ImportRowResponse>> Rows(ImportJob job, bool refusedOnly, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        var rows = platform.ImportRowReports.AsNoTracking().Where(r => r.JobId == job.Id);
        if (refusedOnly) rows = rows.Where(r => r.Outcome == null);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(r => r.Row).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var columns = ledgers.FirstOrDefault(l => l.Name == job.Ledger)?.Columns ?? [];
        return new PagedList<ImportRowResponse>(items.Select(r => new ImportRowResponse(r.Row, r.Outcome, r.Key,
            (r.Problems is null ? [] : JsonSerializer.Deserialize<List<ImportProblem>>(r.Problems)!)
                .Select(p => new ImportProblemResponse(p.Column, HeaderOf(columns, p.Column), p.Message)).ToList())).ToList(),
            total, number, size);
    }

    /// <summary>The known permissions, to freeze the user's for a job that runs after the request.</summary>
    private FrozenUser Frozen() => new(user, modules.Enabled.SelectMany(m => m.Permissions).Select(p => p.Key));

    /// <summary>
    /// Saves the job for the host that holds its file: this one for an upload, the dry run's host for
    /// a confirmation, which that host's queue picks up from the database.
    /// </summary>
    private async Task<ImportJob> Queue(ImportJob job, CancellationToken ct)
    {
        var frozen = Frozen();
        job.RunBy ??= host.Name;
        job.RunAs = frozen.ToJson();
        platform.ImportJobs.Add(job);
        await platform.SaveChangesAsync(ct);
        if (job.RunBy == host.Name) queue.Enqueue(job.Id, frozen);
        return job;
    }

    private static string HeaderOf(IReadOnlyList<ImportColumn> columns, string key) =>
        columns.FirstOrDefault(c => c.Key == key)?.Header.For(CultureInfo.CurrentUICulture) ?? key;
}

internal sealed record ImportJobResponse(Guid Id, string Ledger, string LedgerTitle, string FileName, ImportMode Mode, ImportState State,
    DateTime CreatedAtUtc, DateTime? FinishedAtUtc, Guid? ConfirmsJobId, string? Problem, string? IgnoredColumns,
    int RowsRead, int? RowsInFile, double? RowsPerSecond, int Rows, int Added, int Updated, int Unchanged, int Refused, bool Written);

internal sealed record ImportRowResponse(int Row, ImportOutcome? Outcome, string? Key, IReadOnlyList<ImportProblemResponse> Problems);

internal sealed record ImportProblemResponse(string Column, string Header, string Message);
