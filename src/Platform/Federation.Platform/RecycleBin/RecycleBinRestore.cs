using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.RecycleBin;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.RecycleBin;

/// <summary>
/// Restores a record through its module, then marks the bin's row at once so the list is right on
/// the next page; the module's <see cref="RecordRestored"/> event marks it too (crash safety: a
/// restore committed by the module reaches the bin even if this host stops before its own save).
/// </summary>
internal sealed class RecycleBinRestore(PlatformDbContext db, ICurrentUser user, IRecycledRecords records, TimeProvider clock)
{
    /// <summary>False when there is no such record in the bin for this admin.</summary>
    public async Task<bool> Run(Guid id, CancellationToken ct)
    {
        var row = await db.RecycledRecords.FirstOrDefaultAsync(r => r.Id == id && r.RestoredAtUtc == null, ct);
        if (row is null || !user.CanAccess(row.OrganisationId)) return false;
        switch (await records.Restore(row.Module, row.RecordType, row.RecordId, ct))
        {
            case RecycleOutcome.ModuleNotRunning:
                throw new RuleViolationException("id", PlatformText.Format("RecycleBin.ModuleNotRunning", row.Module));
            case RecycleOutcome.Clashes:
                throw new RuleViolationException("id", PlatformText.Get("RecycleBin.Clashes"));
            case RecycleOutcome.Missing:
                db.RecycledRecords.Remove(row);
                await db.SaveChangesAsync(ct);
                return false;
        }
        // Done, or restored already by another admin: either way it is out of the bin. The event carries the version.
        row.RestoredAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
