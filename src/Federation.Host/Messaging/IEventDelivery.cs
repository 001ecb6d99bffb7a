using Federation.Kernel.Messaging;
using MassTransit;
using MassTransit.Mediator;

namespace Federation.Host.Messaging;

/// <summary>How the dispatcher hands an outbox row to the consumers.</summary>
internal interface IEventDelivery
{
    /// <summary>Completes only when delivery is safe to forget: in process, when every consumer has committed.</summary>
    Task Deliver(IntegrationEvent integrationEvent, Type eventType, CancellationToken cancellationToken);
}

/// <summary>
/// In-process delivery through MassTransit's mediator: Publish runs the consumers and returns
/// when they have finished (or throws if one failed), so a row is marked sent only after its
/// effects are committed. See docs/adr/0003-outbox-and-inbox.md.
/// </summary>
internal sealed class MediatorDelivery(IMediator mediator) : IEventDelivery
{
    public Task Deliver(IntegrationEvent integrationEvent, Type eventType, CancellationToken cancellationToken) =>
        mediator.Publish(integrationEvent, eventType,
            Pipe.Execute<PublishContext>(context => context.MessageId = integrationEvent.EventId), cancellationToken);
}
