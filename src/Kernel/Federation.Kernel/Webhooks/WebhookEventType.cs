using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;

namespace Federation.Kernel.Webhooks;

/// <summary>
/// An event a module offers to webhook subscribers (ADR 0037): its stable key, what it means in both
/// languages, the fields its payload carries, and how one of the module's integration events becomes
/// that payload. Declared in <see cref="IModule.WebhookEvents"/>; the platform relays the event to
/// every subscription of the organisation's subtree through its own inbox and delivery queue.
/// </summary>
public sealed record WebhookEventType
{
    private WebhookEventType(string key, LocalizedText title, Type eventType, IReadOnlyList<WebhookField> fields, Func<IntegrationEvent, WebhookPayload?> describe)
    {
        Key = key;
        Title = title;
        EventType = eventType;
        Fields = fields;
        Describe = describe;
    }

    /// <summary>The type subscribers choose, e.g. "investment.project-stage-reached"; never changes once published.</summary>
    public string Key { get; }

    /// <summary>What it means, in both languages ("项目达到新阶段").</summary>
    public LocalizedText Title { get; }

    /// <summary>The integration event that causes it.</summary>
    public Type EventType { get; }

    /// <summary>The payload's <c>data</c> fields, as the subscriptions page documents them.</summary>
    public IReadOnlyList<WebhookField> Fields { get; }

    /// <summary>The payload for one event, or null when this event is not one subscribers asked for (a stage other than the one named).</summary>
    public Func<IntegrationEvent, WebhookPayload?> Describe { get; }

    /// <summary>
    /// Declares <typeparamref name="TEvent"/> as webhook type <paramref name="key"/>. The payload carries
    /// references and non-personal fields only: people's names, phones and e-mails stay behind the API.
    /// </summary>
    public static WebhookEventType For<TEvent>(string key, LocalizedText title, IReadOnlyList<WebhookField> fields, Func<TEvent, WebhookPayload?> describe)
        where TEvent : IntegrationEvent =>
        new(key, title, typeof(TEvent), fields, e => describe((TEvent)e));
}

/// <summary>One field of a webhook payload's <c>data</c>, documented for integrators.</summary>
/// <param name="Name">The JSON name, camelCase.</param>
/// <param name="Type">"string", "number", "date", "boolean" or "uuid".</param>
/// <param name="Description">What it holds, in both languages.</param>
public sealed record WebhookField(string Name, string Type, LocalizedText Description);

/// <summary>What one delivery says about the record: which record, whose, and its non-personal fields.</summary>
/// <param name="RecordType">The record's type, e.g. "Project"; deliveries of one record are sent in order.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="OrganisationId">The organisation owning it: only subscriptions whose subtree holds it receive it.</param>
/// <param name="Data">The fields <see cref="WebhookEventType.Fields"/> documents.</param>
public sealed record WebhookPayload(string RecordType, string RecordId, Guid OrganisationId, IReadOnlyDictionary<string, object?> Data);
