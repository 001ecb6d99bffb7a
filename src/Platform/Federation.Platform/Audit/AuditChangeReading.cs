using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Federation.Kernel.Audit;
using Federation.Kernel.Geography;
using Federation.Kernel.Time;
using Federation.Platform.Resources;

namespace Federation.Platform.Audit;

/// <summary>One changed field as a reader sees it: "名称: 旧 → 新"; a record added or deleted has no From.</summary>
internal sealed record AuditFieldChange(string Field, string Name, string? From, string? To)
{
    /// <summary>The values hold what users entered (a name, a note): not the UI's words, so not its to translate.</summary>
    [JsonIgnore]
    public bool IsUserText { get; init; }

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
            {
                var (from, fromTyped) = Show(property.Value.GetProperty("from"), terms, names, culture);
                var (to, toTyped) = Show(property.Value.GetProperty("to"), terms, names, culture);
                lines.Add(new(property.Name, name, from, to) { IsUserText = fromTyped || toTyped });
            }
            else if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                var (to, typed) = Show(property.Value, terms, names, culture);
                lines.Add(new(property.Name, name, null, to) { IsUserText = typed });
            }
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

    /// <summary>A value as the reader reads it, and whether it is what a user typed rather than one of the UI's words.</summary>
    private static (string Text, bool Typed) Show(JsonElement value, AuditFieldTerms terms, AuditNames names, CultureInfo culture)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return ("—", false);
        if (value.ValueKind == JsonValueKind.Array)
        {
            if (value.GetArrayLength() == 0) return ("—", false);
            var shown = value.EnumerateArray().Select(v => Show(v, terms, names, culture)).ToList();
            return (string.Join("、", shown.Select(s => s.Text)), shown.Any(s => s.Typed));
        }
        // A description is the vocabulary's sentence around what users entered (a talent's name, a count).
        if (terms.Kind == AuditValueKind.Described && terms.Describe is not null) return (terms.Describe(value, culture), true);
        if (value.ValueKind == JsonValueKind.Object) return Parts(value, names, culture);
        var raw = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
            return (PlatformText.Get(value.GetBoolean() ? "Yes" : "No", culture), false);
        return terms.Kind switch
        {
            AuditValueKind.Money when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var fen) =>
                (new Kernel.Money.Money(fen).ToDisplay(culture), false),
            AuditValueKind.Choice when terms.Label is not null => (terms.Label(raw, culture), false),
            AuditValueKind.Date => (AsDate(raw), false),
            AuditValueKind.Country => CountryOrRegion.Find(raw) is { } place ? (place.Name(culture), false) : (raw, true),
            AuditValueKind.Town => names.Town(raw, culture) is { } town ? (town, false) : (raw, true),
            AuditValueKind.Organisation => names.Organisation(raw, culture) is { } organisation ? (organisation, false) : Unnamed(raw, culture),
            AuditValueKind.User => names.User(raw) is { } user ? (user, true) : Unnamed(raw, culture),
            _ when raw.Length == 0 => ("“”", false),
            _ when value.ValueKind == JsonValueKind.Number => (raw, false),
            // A reference, or an id in a field nobody named: by its name, never as the bare id.
            _ when Guid.TryParse(raw, out _) => names.Any(raw, culture) is { } named ? (named, true) : Unnamed(raw, culture),
            _ => (raw, true),
        };
    }

    /// <summary>An item of a list nobody describes (a contact, say): its values in order, each read like a field of its own.</summary>
    private static (string Text, bool Typed) Parts(JsonElement item, AuditNames names, CultureInfo culture)
    {
        var shown = item.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Select(p => Show(p.Value, AuditVocabularies.Field(null, char.ToUpperInvariant(p.Name[0]) + p.Name[1..]), names, culture)).ToList();
        return (string.Join("，", shown.Select(s => s.Text)), shown.Any(s => s.Typed));
    }

    /// <summary>A record that is gone or that search does not know: said so, rather than shown by its id.</summary>
    private static (string Text, bool Typed) Unnamed(string raw, CultureInfo culture) =>
        Guid.TryParse(raw, out _) ? (PlatformText.Get("AuditUnnamedRecord", culture), false) : (raw, true);

    private static string AsDate(string raw) =>
        DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? raw.Length <= 10 ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : ChinaCalendar.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : raw;
}
