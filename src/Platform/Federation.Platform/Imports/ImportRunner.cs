using System.Globalization;
using System.Text.Json;
using Autofac;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Imports;

/// <summary>
/// Runs one import job as the user who started it, in their language: checks the file, matches
/// its headers to the ledger's columns, and passes every row through the ledger's use cases
/// inside write batches — rolled back for a dry run, committed per batch when each row stands
/// alone, committed once at the end for all-or-nothing.
/// </summary>
internal sealed class ImportRunner(ILifetimeScope root, ImportProgress progress, ImportFiles files, IOptions<ImportLimits> limits,
    TimeProvider clock, ILogger<ImportRunner> logger)
{
    public async Task Run(Guid jobId, ICurrentUser user, CancellationToken ct)
    {
        await using var scope = root.BeginLifetimeScope(b => b.RegisterInstance(user).As<ICurrentUser>());
        var platform = scope.Resolve<PlatformDbContext>();
        // Claimed once: a job can reach the queue both from its request and from the database poll.
        var claimed = 0;
        await platform.InBulkTransaction(async token => claimed = await platform.ImportJobs
            .Where(j => j.Id == jobId && j.State == ImportState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportState.Running), token), ct);
        if (claimed == 0) return;
        var job = await platform.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
        var culture = CultureInfo.GetCultureInfo(job.Culture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var ledger = scope.Resolve<IEnumerable<ILedgerImport>>().Single(l => l.Name == job.Ledger);
            var file = LedgerFile.Open(files.PathOf(job), limits.Value);
            var columns = ColumnMap.Match(ledger.Columns, file.Headers);
            job.IgnoredColumns = columns.Ignored.Count == 0 ? null : string.Join("、", columns.Ignored);
            progress.Begin(job.Id, file.DataRows);
            var context = (ModuleDbContext)scope.Resolve(ledger.ContextType);
            await new Pass(job, ledger, columns, context, platform, progress, limits.Value.RowsPerTransaction, logger).Run(file, ct);
            job.State = ImportState.Finished;
        }
        catch (LedgerFileRefusedException refused)
        {
            job.State = ImportState.Refused;
            job.Problem = refused.Message;
        }
        finally
        {
            progress.End(job.Id);
        }
        job.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        platform.ChangeTracker.Clear();
        platform.ImportJobs.Attach(job).State = EntityState.Modified;
        await platform.SaveChangesAsync(ct);
        if (job.Written || job.State == ImportState.Refused) files.Delete(job);
    }

    /// <summary>One pass over the rows of a file.</summary>
    private sealed class Pass(ImportJob job, ILedgerImport ledger, ColumnMap columns, ModuleDbContext context, PlatformDbContext platform,
        ImportProgress progress, int rowsPerBatch, ILogger logger)
    {
        private const string RowSavepoint = "import_row";
        private readonly Dictionary<string, int> seenKeys = new(StringComparer.Ordinal);
        private readonly List<ImportRowReport> reports = [];
        private int done;

        public async Task Run(LedgerFile file, CancellationToken ct)
        {
            var rows = file.Rows().GetEnumerator();
            var more = true;
            if (job.Mode == ImportMode.AllOrNothing)
            {
                await using (var batch = await context.BeginWriteBatch(ct))
                {
                    while (more) more = await Chunk(rows, batch, int.MaxValue, ct);
                    if (job.RefusedRows == 0 && job.Rows > 0)
                    {
                        await batch.Commit(ct);
                        job.Written = true;
                    }
                }
                await Flush(ct);
                return;
            }
            while (more)
            {
                await using (var batch = await context.BeginWriteBatch(ct))
                {
                    more = await Chunk(rows, batch, rowsPerBatch, ct);
                    if (job.Mode == ImportMode.EachRow) await batch.Commit(ct);
                }
                job.Written = job.Mode == ImportMode.EachRow && job.Added + job.Updated > 0;
                await Flush(ct);
            }
        }

        /// <summary>Takes up to <paramref name="size"/> non-blank rows; answers whether rows remain.</summary>
        private async Task<bool> Chunk(IEnumerator<(int Number, IReadOnlyList<object?> Cells)> rows, WriteBatch batch, int size, CancellationToken ct)
        {
            for (var taken = 0; taken < size;)
            {
                if (!rows.MoveNext()) return false;
                var (number, cells) = rows.Current;
                progress.Advance(job.Id, ++done);
                var values = columns.Cells(cells);
                if (values.Values.All(IsBlank)) continue;
                taken++;
                await One(new ImportRow(number, ledger.Columns, values), batch, ct);
            }
            return true;
        }

        private async Task One(ImportRow row, WriteBatch batch, CancellationToken ct)
        {
            job.Rows++;
            var key = ledger.Key(row);
            IReadOnlyList<ImportProblem> problems = [];
            ImportOutcome? outcome = null;
            await batch.Savepoint(RowSavepoint, ct);
            try
            {
                outcome = await ledger.Import(row, ct);
                await batch.Release(RowSavepoint, ct);
                context.DiscardUnsaved();
            }
            catch (ImportRowRejectedException rejected) { problems = rejected.Problems; }
            catch (RequestRejectedException rejected) { problems = [new(row.ColumnOf(rejected.Field), rejected.Message)]; }
            catch (StaleVersionException stale) { problems = [new("", stale.Message)]; }
            catch (DbUpdateConcurrencyException) { problems = [new("", Kernel.Resources.Text.Get("ConcurrentChange"))]; }
            catch (DbUpdateException) { problems = [new("", PlatformText.Get("Import.Row.Conflict"))]; }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Row {Row} of import {Job} failed", row.Number, job.Id);
                problems = [new("", PlatformText.Get("Import.Row.Failed"))];
            }
            if (outcome is null) await batch.RollbackTo(RowSavepoint, ct);

            // A dry run rolls each batch back, so a key met in an earlier batch is still unknown to
            // the use case; the confirmed import will update the record the earlier row adds.
            if (outcome == ImportOutcome.Added && key is not null && seenKeys.ContainsKey(key)) outcome = ImportOutcome.Updated;
            if (outcome is not null && key is not null) seenKeys.TryAdd(key, row.Number);
            switch (outcome)
            {
                case ImportOutcome.Added: job.Added++; break;
                case ImportOutcome.Updated: job.Updated++; break;
                case ImportOutcome.Unchanged: job.Unchanged++; break;
                default: job.RefusedRows++; break;
            }
            reports.Add(new ImportRowReport
            {
                JobId = job.Id,
                Row = row.Number,
                Outcome = outcome,
                Key = key is { Length: > 200 } ? key[..200] : key,
                Problems = problems.Count == 0 ? null : JsonSerializer.Serialize(problems),
            });
        }

        private async Task Flush(CancellationToken ct)
        {
            platform.ImportRowReports.AddRange(reports);
            platform.ImportJobs.Update(job);
            await platform.SaveChangesAsync(ct);
            platform.ChangeTracker.Clear();
            reports.Clear();
        }

        private static bool IsBlank(object? value) => value is null || value is string s && string.IsNullOrWhiteSpace(s);
    }
}
