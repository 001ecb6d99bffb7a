using Federation.Kernel.Messaging;

namespace Federation.Kernel.Webhooks;

/// <summary>
/// Subscribed by the host, behind the platform's inbox, to every event type a running module offers
/// as a webhook (<see cref="Modules.ModuleRegistration.RelayWebhooks"/>).
/// </summary>
public sealed class WebhookRelay<TEvent>(IWebhookOutbox outbox) : IIntegrationEventHandler<TEvent> where TEvent : IntegrationEvent
{
    /// <summary>Hands the event to the platform's delivery queue.</summary>
    public Task Handle(TEvent integrationEvent, CancellationToken cancellationToken) => outbox.Queue(integrationEvent, cancellationToken);
}
