using Federation.Kernel.Modules;
using Federation.Kernel.Webhooks;

namespace Federation.Platform.Webhooks;

/// <summary>An offered event type and the module offering it.</summary>
internal sealed record OfferedWebhook(IModule Module, WebhookEventType Type);

/// <summary>The webhook event types the running modules offer (a drop-in's too), by key and by event.</summary>
internal sealed class WebhookCatalog(IModuleDirectory modules)
{
    private readonly Lazy<IReadOnlyList<OfferedWebhook>> offered = new(() =>
        modules.Enabled.SelectMany(m => m.WebhookEvents.Select(t => new OfferedWebhook(m, t))).OrderBy(o => o.Type.Key, StringComparer.Ordinal).ToList());

    public IReadOnlyList<OfferedWebhook> All => offered.Value;

    public bool Offers(string key) => All.Any(o => o.Type.Key == key);

    public IEnumerable<OfferedWebhook> Caused(Type eventType) => All.Where(o => o.Type.EventType == eventType);
}
