using Autofac;
using Federation.Host.Modules;
using Federation.Kernel.Identity;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>Counts what waits in each module's outbox, through the index on the sent time.</summary>
internal sealed class OutboxBacklog(ILifetimeScope scope, ModuleContexts contexts) : IOutboxBacklog
{
    public async Task<IReadOnlyList<OutboxWaiting>> Measure(CancellationToken cancellationToken)
    {
        var measured = new List<OutboxWaiting>(contexts.Types.Count);
        await using var inner = scope.BeginSystemScope();
        foreach (var type in contexts.Types)
        {
            var db = (ModuleDbContext)inner.Resolve(type);
            var waiting = db.OutboxMessages.AsNoTracking().Where(m => m.SentAtUtc == null);
            measured.Add(new OutboxWaiting(db.ModuleName, await waiting.CountAsync(cancellationToken),
                await waiting.MinAsync(m => (DateTime?)m.OccurredAtUtc, cancellationToken)));
        }
        return measured;
    }
}
