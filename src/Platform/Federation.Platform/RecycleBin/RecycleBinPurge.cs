using Autofac;
using Federation.Kernel.Identity;
using Federation.Kernel.RecycleBin;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.RecycleBin;

/// <summary>
/// Removes for good what has been in the bin longer than the retention, each record through its
/// own module; a record whose module is not running waits for the next round. Returns how many it purged.
/// </summary>
internal sealed class RecycleBinPurge(ILifetimeScope scope, TimeProvider clock)
{
    public async Task<int> Run(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-RecycleBinRules.RetentionDays);
        await using var system = scope.BeginSystemScope();
        var db = system.Resolve<PlatformDbContext>();
        var records = system.Resolve<IRecycledRecords>();
        var due = await db.RecycledRecords.Where(r => r.RestoredAtUtc == null && r.DeletedAtUtc <= cutoff)
            .OrderBy(r => r.DeletedAtUtc).Take(500).ToListAsync(ct);
        var purged = 0;
        foreach (var row in due)
        {
            var outcome = await records.Purge(row.Module, row.RecordType, row.RecordId, ct);
            if (outcome == RecycleOutcome.ModuleNotRunning) continue;
            // Purged now or before (a crash between the module's save and this one): the row goes.
            // Restored meanwhile: its RecordRestored event marks the row; leave it to that.
            if (outcome is RecycleOutcome.Done or RecycleOutcome.Missing)
            {
                db.RecycledRecords.Remove(row);
                await db.SaveChangesAsync(ct);
                if (outcome == RecycleOutcome.Done) purged++;
            }
        }
        return purged;
    }
}
