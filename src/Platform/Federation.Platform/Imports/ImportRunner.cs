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
        private int read;

        public async Task Run(LedgerFile file, CancellationToken ct)
        {
            using var rows = file.Rows().GetEnumerator();
            var more = true;
            if (job.Mode == ImportMode.AllOrNothing)
            {
                await using (var batch = await context.BeginWriteBatch(ct))
                {
                    while (more) more = await Group(rows, batch, ct);
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
                    more = await Group(rows, batch, ct);
                    if (job.Mode == ImportMode.EachRow) await batch.Commit(ct);
                }
                job.Written = job.Mode == ImportMode.EachRow && job.Added + job.Updated > 0;
                await Flush(ct);
            }
        }

        /// <summary>
        /// Reads up to a batch of non-blank rows, lets the ledger read ahead for all of them at once,
        /// then imports them one by one; answers whether rows remain. An all-or-nothing run takes
        /// every group in its one transaction, so only a group's rows are ever held in memory.
        /// </summary>
        private async Task<bool> Group(IEnumerator<(int Number, IReadOnlyList<object?> Cells)> rows, WriteBatch batch, CancellationToken ct)
        {
            var group = new List<ImportRow>(rowsPerBatch);
            // How many file rows, blank ones included, have been read once each row of the group is done.
            var readBy = new List<int>(rowsPerBatch);
            var more = true;
            while (group.Count < rowsPerBatch && (more = rows.MoveNext()))
            {
                read++;
                var (number, cells) = rows.Current;
                var values = columns.Cells(cells);
                if (values.Values.All(IsBlank)) continue;
                group.Add(new ImportRow(number, ledger.Columns, values));
                readBy.Add(read);
            }
            if (group.Count > 0) await ledger.Prepare(group, ct);
            for (var i = 0; i < group.Count; i++)
            {
                await One(group[i], batch, ct);
                progress.Advance(job.Id, readBy[i]);
            }
            if (!more) progress.Advance(job.Id, read);
            return more;
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
