using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.Kernel.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// Runs one handler over a batch of events behind its module's inbox, in one transaction of the
/// module's context. An event the handler has already processed is skipped; every other event's
/// changes and its inbox row are saved in a savepoint of their own, so one failing event is undone
/// alone; one commit then makes the batch durable. Taking SQLite's one writer once per batch,
/// not once per event behind every queued API write, is what lets delivery keep up with sustained
/// writes (ADR 0016).
/// </summary>
internal static class Inbox
{
    private const string EventSavepoint = "inbox_event";

    /// <summary>For each event, in order: null once it is processed (now or before), else the handler's or the commit's exception.</summary>
    public static async Task<Exception?[]> Process(ModuleDbContext db, string consumer, ConsumerLag lag,
        Func<IntegrationEvent, CancellationToken, Task> handle, IReadOnlyList<IntegrationEvent> events, CancellationToken ct)
    {
        var outcome = new Exception?[events.Count];
        var seenBefore = await Seen(db, consumer, events.Select(e => e.EventId).Distinct().ToList(), ct);
        if (events.All(e => seenBefore.Contains(e.EventId))) return outcome;

        var done = new HashSet<Guid>(seenBefore);
        try
        {
            await using var batch = await db.BeginWriteBatch(ct);
            for (var i = 0; i < events.Count; i++)
            {
                var integrationEvent = events[i];
                if (done.Contains(integrationEvent.EventId)) continue;
                await batch.Savepoint(EventSavepoint, ct);
                try
                {
                    await handle(integrationEvent, ct);
                    db.InboxMessages.Add(new InboxMessage { EventId = integrationEvent.EventId, Consumer = consumer, ProcessedAtUtc = DateTime.UtcNow });
                    await db.SaveChangesAsync(ct);
                    await batch.Release(EventSavepoint, ct);
                    // The rows are in the transaction now; tracking them too would only slow every later save.
                    db.ChangeTracker.Clear();
                    done.Add(integrationEvent.EventId);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    await batch.RollbackTo(EventSavepoint, ct);
                    // Another delivery of the same event may have committed first: its effect stands, ours is dropped.
                    if (ex is not DbUpdateException || (await Seen(db, consumer, [integrationEvent.EventId], ct)).Count == 0)
                        outcome[i] = ex;
                    else done.Add(integrationEvent.EventId);
                }
            }
            await batch.Commit(ct);
            foreach (var processed in events.Where(e => done.Contains(e.EventId) && !seenBefore.Contains(e.EventId)))
                lag.Processed(db.ModuleName, processed.OccurredAtUtc, DateTime.UtcNow);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Nothing of the batch is stored: every event not processed before it must be delivered again.
            for (var i = 0; i < events.Count; i++)
                if (!seenBefore.Contains(events[i].EventId)) outcome[i] ??= ex;
        }
        return outcome;
    }

    private static async Task<HashSet<Guid>> Seen(ModuleDbContext db, string consumer, IReadOnlyList<Guid> eventIds, CancellationToken ct) =>
        (await db.InboxMessages.AsNoTracking()
            .Where(m => m.Consumer == consumer && eventIds.Contains(m.EventId))
            .Select(m => m.EventId)
            .ToListAsync(ct)).ToHashSet();
}
