using Federation.Kernel.Messaging;
using Federation.Kernel.Webhooks;
using Federation.Platform.Data;
using Federation.Platform.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Webhooks;

/// <summary>
/// Queues an event for each subscription that asked for its type and whose organisation's subtree
/// holds the record. Runs inside the platform's inbox: the rows are saved with the "seen" mark.
/// </summary>
internal sealed class WebhookOutbox(PlatformDbContext db, WebhookCatalog catalog, OrganisationTree tree, TimeProvider clock, WebhookSignal signal) : IWebhookOutbox
{
    public async Task Queue(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var organisations = await tree.Get(cancellationToken);
        foreach (var offered in catalog.Caused(integrationEvent.GetType()))
        {
            if (offered.Type.Describe(integrationEvent) is not { } payload) continue;
            var key = offered.Type.Key;
            var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.EventTypes.Contains(key)).ToListAsync(cancellationToken);
            foreach (var subscription in subscriptions.Where(s => s.Types.Contains(key) && organisations.Subtree(s.OrganisationId).Contains(payload.OrganisationId)))
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    SubscriptionId = subscription.Id,
                    EventId = integrationEvent.EventId,
                    EventType = key,
                    RecordKey = $"{offered.Module.Name}/{payload.RecordType}/{payload.RecordId}",
                    Body = WebhookBody.Of(integrationEvent, offered, payload),
                    CreatedAtUtc = now,
                    RetryingSinceUtc = now,
                    NextAttemptAtUtc = now,
                });
        }
        signal.Queued();
    }
}
