using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Audit;
using Federation.Kernel.Geography;
using Federation.Kernel.Time;
using Federation.Platform.Resources;

namespace Federation.Platform.Audit;

/// <summary>One changed field as a reader sees it: "名称: 旧 → 新"; a record added or deleted has no From.</summary>
internal sealed record AuditFieldChange(string Field, string Name, string? From, string? To)
{
    public override string ToString() => From is null ? $"{Name}: {To}" : $"{Name}: {From} → {To}";
}

/// <summary>Reads an entry's stored JSON as the changed fields, named and valued in the reader's language.</summary>
internal static class AuditChangeReading
{
    public static IReadOnlyList<AuditFieldChange> Read(JsonElement changes, AuditRecordTerms? record, AuditNames names, CultureInfo culture)
    {
        if (changes.ValueKind != JsonValueKind.Object) return [];
        var lines = new List<AuditFieldChange>();
        foreach (var property in changes.EnumerateObject())
        {
            var terms = AuditVocabularies.Field(record, property.Name);
            if (terms.Kind == AuditValueKind.Hidden) continue;
            var name = terms.Name(culture);
            if (IsUpdate(property.Value))
                lines.Add(new(property.Name, name, Show(property.Value.GetProperty("from"), terms, names, culture),
                    Show(property.Value.GetProperty("to"), terms, names, culture)));
            else if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                lines.Add(new(property.Name, name, null, Show(property.Value, terms, names, culture)));
        }
        return lines;
    }

    /// <summary>The ids the changes hold, for <see cref="AuditNames"/> to look up in one go.</summary>
    public static IEnumerable<Guid> Ids(JsonElement changes) => changes.ValueKind != JsonValueKind.Object
        ? []
        : changes.EnumerateObject().SelectMany(p => IsUpdate(p.Value) ? [p.Value.GetProperty("from"), p.Value.GetProperty("to")] : new[] { p.Value })
            .SelectMany(v => v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : [v])
            .Where(v => v.ValueKind == JsonValueKind.String && v.TryGetGuid(out _)).Select(v => v.GetGuid());

    private static bool IsUpdate(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("from", out _) && value.TryGetProperty("to", out _)
        && value.EnumerateObject().Count() == 2;

    private static string Show(JsonElement value, AuditFieldTerms terms, AuditNames names, CultureInfo culture)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return "—";
        if (value.ValueKind == JsonValueKind.Array)
            return value.GetArrayLength() == 0 ? "—" : string.Join("、", value.EnumerateArray().Select(v => Show(v, terms, names, culture)));
        if (terms.Kind == AuditValueKind.Described && terms.Describe is not null) return terms.Describe(value, culture);
        if (value.ValueKind == JsonValueKind.Object) return Parts(value, names, culture);
        var raw = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
            return PlatformText.Get(value.GetBoolean() ? "Yes" : "No", culture);
        return terms.Kind switch
        {
            AuditValueKind.Money when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var fen) =>
                new Kernel.Money.Money(fen).ToDisplay(culture),
            AuditValueKind.Choice when terms.Label is not null => terms.Label(raw, culture),
            AuditValueKind.Date => AsDate(raw),
            AuditValueKind.Country => CountryOrRegion.Find(raw)?.Name(culture) ?? raw,
            AuditValueKind.Town => names.Town(raw, culture) ?? raw,
            AuditValueKind.Organisation => names.Organisation(raw, culture) ?? Unnamed(raw, culture),
            AuditValueKind.User => names.User(raw) ?? Unnamed(raw, culture),
            _ when raw.Length == 0 => "“”",
            // A reference, or an id in a field nobody named: by its name, never as the bare id.
            _ when Guid.TryParse(raw, out _) => names.Any(raw, culture) ?? Unnamed(raw, culture),
            _ => raw,
        };
    }

    /// <summary>An item of a list nobody describes (a contact, say): its values in order, each read like a field of its own.</summary>
    private static string Parts(JsonElement item, AuditNames names, CultureInfo culture) =>
        string.Join("，", item.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Select(p => Show(p.Value, AuditVocabularies.Field(null, char.ToUpperInvariant(p.Name[0]) + p.Name[1..]), names, culture)));

    /// <summary>A record that is gone or that search does not know: said so, rather than shown by its id.</summary>
    private static string Unnamed(string raw, CultureInfo culture) =>
        Guid.TryParse(raw, out _) ? PlatformText.Get("AuditUnnamedRecord", culture) : raw;

    private static string AsDate(string raw) =>
        DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? raw.Length <= 10 ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : ChinaCalendar.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : raw;
}
