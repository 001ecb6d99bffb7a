using System.Text.Json;
using Autofac;
using Federation.Kernel.Identity;
using Federation.Host.Modules;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// Replays the sent rows of every module's outbox, oldest first across modules, to this process's
/// handlers in batches whatever the transport: the caller (a rebuild) waits for the
/// replay to be processed, and the inboxes, shared in the database, make it once across hosts.
/// </summary>
internal sealed class OutboxHistory(ILifetimeScope scope, ModuleContexts contexts, EventTypes eventTypes, InProcessDelivery delivery)
    : IEventHistory
{
    private const int ReplayBatch = 500;

    public async Task<int> Replay(CancellationToken cancellationToken)
    {
        var rows = new List<(DateTime At, string Type, string Payload)>();
        await using (var history = scope.BeginSystemScope())
        {
            foreach (var type in contexts.Types)
            {
                var db = (ModuleDbContext)history.Resolve(type);
                // The audit record of a write is not a fact any projection counts: leave it out.
                rows.AddRange((await db.OutboxMessages.AsNoTracking()
                        .Where(m => m.SentAtUtc != null && !m.Type.EndsWith(nameof(AuditRecorded)))
                        .Select(m => new { m.OccurredAtUtc, m.Type, m.Payload })
                        .ToListAsync(cancellationToken))
                    .Select(m => (m.OccurredAtUtc, m.Type, m.Payload)));
            }
        }
        var delivered = 0;
        foreach (var chunk in rows.OrderBy(r => r.At).Chunk(ReplayBatch))
        {
            var events = chunk
                .Select(r => (Row: r, Type: eventTypes.Find(r.Type)))
                .Where(r => r.Type is not null)
                .Select(r => (IntegrationEvent)JsonSerializer.Deserialize(r.Row.Payload, r.Type!, EventJson.Options)!)
                .ToList();
            await delivery.DeliverAll(events, cancellationToken);
            delivered += events.Count;
        }
        return delivered;
    }
}
