using Federation.Kernel.Messaging;
using Federation.Kernel.RecycleBin;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.RecycleBin;

/// <summary>
/// Keeps the bin from the modules' deletions and restores, newest version winning. The time of
/// deletion is the platform's clock when the event arrives (at once, through the outbox), so the
/// retention runs on the same clock as the purge.
/// </summary>
internal sealed class RecycleBinWriter(PlatformDbContext db, TimeProvider clock)
    : IIntegrationEventHandler<RecordRecycled>, IIntegrationEventHandler<RecordRestored>
{
    public async Task Handle(RecordRecycled recycled, CancellationToken cancellationToken)
    {
        var row = await Row(recycled.Module, recycled.RecordType, recycled.RecordId, cancellationToken);
        if (row is not null && row.Version >= recycled.Version) return;
        row ??= db.RecycledRecords.Add(new RecycledRecord { Module = recycled.Module, RecordType = recycled.RecordType, RecordId = recycled.RecordId }).Entity;
        row.Recycled(recycled, clock.GetUtcNow().UtcDateTime);
    }

    public async Task Handle(RecordRestored restored, CancellationToken cancellationToken)
    {
        var row = await Row(restored.Module, restored.RecordType, restored.RecordId, cancellationToken);
        if (row is not null && row.Version >= restored.Version) return;
        row ??= db.RecycledRecords.Add(new RecycledRecord { Module = restored.Module, RecordType = restored.RecordType, RecordId = restored.RecordId }).Entity;
        row.Restored(restored.Version, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<RecycledRecord?> Row(string module, string recordType, string recordId, CancellationToken cancellationToken) =>
        db.RecycledRecords.Local.FirstOrDefault(r => r.Module == module && r.RecordType == recordType && r.RecordId == recordId)
        ?? await db.RecycledRecords.FirstOrDefaultAsync(r => r.Module == module && r.RecordType == recordType && r.RecordId == recordId, cancellationToken);
}
