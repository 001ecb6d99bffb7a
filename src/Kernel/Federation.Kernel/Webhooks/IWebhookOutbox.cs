using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;

namespace Federation.Kernel.Webhooks;

/// <summary>
/// Where the relay hands a module's event for webhook delivery; the platform answers it by queueing
/// one delivery per subscription in its own DbContext, which the relay's inbox then saves together
/// with the "seen" mark, so an event is queued exactly once however often the bus repeats it.
/// </summary>
[Port]
public interface IWebhookOutbox
{
    /// <summary>Queues <paramref name="integrationEvent"/> for every subscription it concerns; does not save.</summary>
    Task Queue(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
