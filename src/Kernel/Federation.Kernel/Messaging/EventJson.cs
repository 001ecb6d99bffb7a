using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Federation.Kernel.Messaging;

/// <summary>How integration events and audit values are written: camelCase, enums by name, Chinese kept readable.</summary>
public static class EventJson
{
    /// <summary>The options to serialise events and audit values with; JSON columns use them too (see <see cref="Persistence.JsonColumns"/>).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Events and audit values are JSON data, never embedded in HTML: keep Chinese and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}
