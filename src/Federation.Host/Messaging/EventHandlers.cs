using System.Reflection;
using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;

namespace Federation.Host.Messaging;

/// <summary>
/// The modules' subscriptions grouped by handler class: a handler has one inbox (its consumer
/// name) whatever number of events it subscribes to, so in-process delivery runs it over a batch
/// in one transaction of its module's context.
/// </summary>
internal sealed class EventHandlers(IReadOnlyList<EventSubscription> subscriptions)
{
    public IReadOnlyList<SubscribedHandler> All { get; } = subscriptions
        .GroupBy(s => (s.HandlerType, s.DbContextType))
        .Select(g => new SubscribedHandler(g.Key.HandlerType, g.Key.DbContextType, g.Select(s => s.EventType).ToList()))
        .ToList();
}

/// <summary>One handler class, the context whose inbox records what it processed, and the events it takes.</summary>
internal sealed class SubscribedHandler
{
    private static readonly MethodInfo CallOf = typeof(SubscribedHandler).GetMethod(nameof(Call), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly IReadOnlyList<(Type EventType, Func<object, IntegrationEvent, CancellationToken, Task> Handle)> calls;

    public SubscribedHandler(Type handlerType, Type dbContextType, IReadOnlyList<Type> eventTypes)
    {
        HandlerType = handlerType;
        DbContextType = dbContextType;
        calls = eventTypes.Select(t => (t, (Func<object, IntegrationEvent, CancellationToken, Task>)CallOf.MakeGenericMethod(t).Invoke(null, null)!)).ToList();
    }

    public Type HandlerType { get; }
    public Type DbContextType { get; }

    /// <summary>The name its inbox rows carry; the same as the bus consumer's, so both paths share one inbox.</summary>
    public string Consumer => InboxConsumerName.Of(HandlerType);

    public bool Takes(IntegrationEvent integrationEvent) => calls.Any(c => c.EventType.IsInstanceOfType(integrationEvent));

    public Task Handle(object handler, IntegrationEvent integrationEvent, CancellationToken ct) =>
        calls.First(c => c.EventType.IsInstanceOfType(integrationEvent)).Handle(handler, integrationEvent, ct);

    private static Func<object, IntegrationEvent, CancellationToken, Task> Call<TEvent>() where TEvent : IntegrationEvent =>
        (handler, integrationEvent, ct) => ((IIntegrationEventHandler<TEvent>)handler).Handle((TEvent)integrationEvent, ct);
}
