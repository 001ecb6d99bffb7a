using Federation.Kernel.Messaging;
using MassTransit;

namespace Federation.Host.Messaging;

/// <summary>
/// Hands an outbox row to RabbitMQ. Publish completes when the broker has confirmed the message
/// as stored, so the row is marked sent only once the broker holds it; the consumers' inboxes
/// make a second publish after a crash harmless.
/// </summary>
internal sealed class BusDelivery(IBus bus) : IEventDelivery
{
    public Task Deliver(IntegrationEvent integrationEvent, Type eventType, CancellationToken cancellationToken) =>
        bus.Publish(integrationEvent, eventType, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = integrationEvent.EventId;
            context.Durable = true;
        }), cancellationToken);
}
