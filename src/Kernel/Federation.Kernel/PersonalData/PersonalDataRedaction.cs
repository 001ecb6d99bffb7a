using System.Text.Json;
using Federation.Kernel.Messaging;

namespace Federation.Kernel.PersonalData;

/// <summary>What an erased person's fields read afterwards, and how erased values are taken out of texts that copied them.</summary>
public static class PersonalDataRedaction
{
    /// <summary>What replaces an erased value inside a text that copied it (an audit entry, an event's payload).</summary>
    public const string Erased = "[已删除]";

    /// <summary>The name an erased person's record keeps: neutral, and still telling records apart.</summary>
    public static string Placeholder(Guid recordId) => $"已删除的人员 #{recordId.ToString("N")[..8]}";

    /// <summary>The name of an erased person who is one of several in a record (an enterprise's second contact).</summary>
    public static string Placeholder(Guid recordId, int place) => $"{Placeholder(recordId)}-{place}";

    /// <summary>True for a name an erasure wrote.</summary>
    public static bool IsPlaceholder(string? name) => name is not null && name.StartsWith("已删除的人员 #", StringComparison.Ordinal);

    /// <summary>
    /// The values worth looking for: blank ones and single characters would redact unrelated text,
    /// and the longest go first so a value inside another does not split it.
    /// </summary>
    public static IReadOnlyList<string> Searchable(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Where(v => v.Length >= 2 && !IsPlaceholder(v))
            .Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToList();

    /// <summary>
    /// <paramref name="text"/> with each of <paramref name="values"/> replaced by <see cref="Erased"/>, as
    /// written and as JSON writes it (<see cref="EventJson.Options"/>), since audit values and payloads are JSON.
    /// </summary>
    public static string Apply(string text, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            text = text.Replace(value, Erased, StringComparison.Ordinal);
            var encoded = JsonSerializer.Serialize(value, EventJson.Options)[1..^1];
            if (encoded != value) text = text.Replace(encoded, Erased, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>
    /// The texts an audit record's values (<see cref="AuditedChange.ChangesJson"/>) held in <paramref name="properties"/>:
    /// a value written or removed, or a modification's from and to. An erasure knows a field's value
    /// now; these are the values it had before, which the audit kept.
    /// </summary>
    public static IEnumerable<string> ValuesOf(string changesJson, IReadOnlyCollection<string> properties)
    {
        if (properties.Count == 0) yield break;
        JsonDocument document;
        try { document = JsonDocument.Parse(changesJson); }
        catch (JsonException) { yield break; }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) yield break;
            foreach (var property in document.RootElement.EnumerateObject().Where(p => properties.Contains(p.Name)))
            {
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.String) yield return value.GetString()!;
                else if (value.ValueKind == JsonValueKind.Object)
                    foreach (var side in new[] { "from", "to" })
                        if (value.TryGetProperty(side, out var text) && text.ValueKind == JsonValueKind.String) yield return text.GetString()!;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> holds one of <paramref name="values"/>.</summary>
    public static bool Holds(string? text, IReadOnlyList<string> values) =>
        text is not null && values.Any(v => text.Contains(v, StringComparison.Ordinal)
            || text.Contains(JsonSerializer.Serialize(v, EventJson.Options)[1..^1], StringComparison.Ordinal));
}
