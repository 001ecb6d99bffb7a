using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Search;

/// <summary>
/// Fills the index from the projection table in the background at start (the host answers at
/// once; searches read the table meanwhile), then follows the table: woken by the writer, or every
/// few seconds for entries another host wrote. It re-reads a short overlap before its last
/// watermark, because an entry's time is taken before its transaction commits.
/// </summary>
internal sealed class SearchIndexKeeper(ILifetimeScope scope, SearchIndex index, ILogger<SearchIndexKeeper> log) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(15);
    private const int Page = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var watermark = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                watermark = await CatchUp(watermark, stoppingToken);
                if (!index.Ready)
                {
                    index.MarkReady();
                    log.LogInformation("The search index holds {Count} records.", index.Count);
                }
                await index.WaitForChange(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The table is the truth: try again from the same watermark after a pause.
                log.LogWarning(ex, "Updating the search index failed; retrying.");
                await Task.Delay(Poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Applies every entry changed since <paramref name="watermark"/> (less the overlap); returns the new watermark.</summary>
    internal async Task<DateTime> CatchUp(DateTime watermark, CancellationToken ct)
    {
        var since = watermark == DateTime.MinValue ? DateTime.MinValue : watermark - Overlap;
        await using var system = scope.BeginSystemScope();
        var db = system.Resolve<PlatformDbContext>();
        var newest = watermark;
        var changed = false;
        (DateTime At, string Module, string Type, string Id)? after = null;
        while (true)
        {
            var query = db.SearchEntries.AsNoTracking().Where(e => e.ChangedAtUtc > since);
            if (after is { } last)
                query = query.Where(e => e.ChangedAtUtc > last.At
                    || (e.ChangedAtUtc == last.At && (e.Module.CompareTo(last.Module) > 0
                        || (e.Module == last.Module && (e.RecordType.CompareTo(last.Type) > 0
                            || (e.RecordType == last.Type && e.RecordId.CompareTo(last.Id) > 0))))));
            var page = await query.OrderBy(e => e.ChangedAtUtc).ThenBy(e => e.Module).ThenBy(e => e.RecordType).ThenBy(e => e.RecordId)
                .Take(Page).ToListAsync(ct);
            foreach (var entry in page) changed |= index.Apply(entry);
            if (page.Count > 0)
            {
                var end = page[^1];
                after = (end.ChangedAtUtc, end.Module, end.RecordType, end.RecordId);
                if (end.ChangedAtUtc > newest) newest = end.ChangedAtUtc;
            }
            if (page.Count < Page) break;
        }
        if (changed) index.Publish();
        return newest;
    }
}
