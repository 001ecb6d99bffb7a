using System.Text.Json;
using System.Text.Json.Serialization;
using Federation.Kernel.Messaging;
using Federation.Kernel.Webhooks;

namespace Federation.Platform.Webhooks;

/// <summary>
/// The JSON a receiver gets: the event's id (to deduplicate on), its type and time, the record it
/// concerns and the payload's non-personal fields. Written once when queued and posted as it is.
/// </summary>
internal static class WebhookBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Of(IntegrationEvent integrationEvent, OfferedWebhook offered, WebhookPayload payload) =>
        JsonSerializer.Serialize(new Envelope(integrationEvent.EventId, offered.Type.Key, integrationEvent.OccurredAtUtc, payload.OrganisationId,
            new RecordReference(offered.Module.Name, payload.RecordType, payload.RecordId), payload.Data), Options);

    private sealed record Envelope(Guid Id, string Type, DateTime OccurredAtUtc, Guid OrganisationId, RecordReference Record, IReadOnlyDictionary<string, object?> Data);

    private sealed record RecordReference(string Module, string Type, string Id);
}
