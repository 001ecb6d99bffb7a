using Federation.Kernel.Messaging;
using MassTransit;

namespace Federation.Host.Messaging;

/// <summary>
/// Hands outbox rows to RabbitMQ. A publish completes when the broker has confirmed the message
/// as stored, so a row is marked sent only once the broker holds it; the consumers' inboxes make a
/// second publish after a crash harmless.
/// </summary>
internal sealed class BusDelivery(IBus bus) : IEventDelivery
{
    public async Task<IReadOnlyList<Exception?>> Deliver(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        // One after another, so the broker receives a module's events in the order they were written.
        var outcome = new Exception?[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            try
            {
                await Publish(events[i], cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                outcome[i] = ex;
            }
        }
        return outcome;
    }

    private Task Publish(IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        bus.Publish(integrationEvent, integrationEvent.GetType(), Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = integrationEvent.EventId;
            context.Durable = true;
        }), cancellationToken);
}
