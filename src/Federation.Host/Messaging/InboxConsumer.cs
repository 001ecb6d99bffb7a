using System.Runtime.ExceptionServices;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using MassTransit;

namespace Federation.Host.Messaging;

/// <summary>
/// A module's handler as a consumer of the broker: the message is run through the handler's
/// inbox as a batch of one, so a redelivery after a crash changes nothing, and a failure is
/// thrown back for the bus to retry.
/// </summary>
public sealed class InboxConsumer<TEvent, THandler, TContext>(TContext db, THandler handler, Modules.IModuleAvailability availability,
    Federation.Kernel.Telemetry.ConsumerLag lag) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where THandler : class, IIntegrationEventHandler<TEvent>
    where TContext : ModuleDbContext
{
    private static readonly string ConsumerName = InboxConsumerName.Of(typeof(THandler));

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        // A module out of service has no tables to write to; the others must not wait for it.
        if (availability.IsDown(typeof(TContext))) return;
        var outcome = await Inbox.Process(db, ConsumerName, lag, (e, ct) => handler.Handle((TEvent)e, ct), [context.Message], context.CancellationToken);
        if (outcome[0] is { } failure) ExceptionDispatchInfo.Throw(failure);
    }
}

/// <summary>The name a handler's inbox rows and broker queue carry (<see cref="MessagingNameAttribute"/>), the same on every path and host.</summary>
internal static class InboxConsumerName
{
    public static string Of(Type handlerType) => MessagingNameAttribute.Of(handlerType);
}
