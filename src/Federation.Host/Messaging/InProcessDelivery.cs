using Autofac;
using Federation.Kernel.Identity;
using Federation.Host.Modules;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.Kernel.Telemetry;

namespace Federation.Host.Messaging;

/// <summary>
/// Delivers a batch to this process's handlers, each handler over its share of the batch in one
/// transaction (see <see cref="Inbox"/>), and completes when every one has committed, so a row is
/// marked sent only after its effects are stored. Used for the in-memory transport and for every
/// replay of the history. See docs/adr/0003-outbox-and-inbox.md.
/// </summary>
internal sealed class InProcessDelivery(ILifetimeScope scope, EventHandlers handlers, IModuleAvailability availability, ConsumerLag lag) : IEventDelivery
{
    public async Task<IReadOnlyList<Exception?>> Deliver(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        var outcome = new Exception?[events.Count];
        foreach (var handler in handlers.All)
        {
            // A module out of service has no tables to write to; the others must not wait for it.
            if (availability.IsDown(handler.DbContextType)) continue;
            var taken = Enumerable.Range(0, events.Count).Where(i => handler.Takes(events[i])).ToList();
            if (taken.Count == 0) continue;
            try
            {
                await using var handlerScope = scope.BeginSystemScope();
                var db = (ModuleDbContext)handlerScope.Resolve(handler.DbContextType);
                var instance = handlerScope.Resolve(handler.HandlerType);
                var results = await Inbox.Process(db, handler.Consumer, lag, (e, ct) => handler.Handle(instance, e, ct),
                    taken.Select(i => events[i]).ToList(), cancellationToken);
                for (var j = 0; j < taken.Count; j++) outcome[taken[j]] ??= results[j];
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                foreach (var i in taken) outcome[i] ??= ex;
            }
        }
        return outcome;
    }

    /// <summary>Delivers and throws the first failure, for callers that must not go on past one (a replay, a test).</summary>
    public async Task DeliverAll(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        var failures = (await Deliver(events, cancellationToken)).OfType<Exception>().ToList();
        if (failures.Count > 0)
            throw new AggregateException($"{failures.Count} of {events.Count} events were not processed.", failures);
    }
}
