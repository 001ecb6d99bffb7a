using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Federation.Kernel.Geography;
using Federation.Kernel.Audit;
using Federation.Kernel.Time;
using Federation.Platform.Resources;

namespace Federation.Platform.Audit;

/// <summary>One changed field as a reader sees it: "名称: 旧 → 新"; a record added or deleted has no From.</summary>
internal sealed record AuditFieldChange(string Field, string Name, string? From, string? To)
{
    /// <summary>The values are what users entered (a name, a note), not the UI's to translate.</summary>
    [JsonIgnore]
    public bool IsUserText { get; init; }

    public override string ToString() => From is null ? $"{Name}: {To}" : $"{Name}: {From} → {To}";
}

/// <summary>Reads an entry's stored JSON as the changed fields, named and valued in the reader's language.</summary>
internal static class AuditChangeReading
{
    public static IReadOnlyList<AuditFieldChange> Read(JsonElement changes, AuditRecordTerms? record, AuditNames names, CultureInfo culture,
        AuditModuleTexts texts, string module)
    {
        if (changes.ValueKind != JsonValueKind.Object) return [];
        var lines = new List<AuditFieldChange>();
        var reading = new Reading(names, culture, texts, module);
        foreach (var property in changes.EnumerateObject())
        {
            var terms = AuditVocabularies.Field(record, property.Name);
            if (terms.Kind == AuditValueKind.Hidden) continue;
            var name = terms.Name(culture);
            // A field no vocabulary names reads as the module's own pages call it.
            if (name == property.Name) name = texts.FieldName(module, property.Name, culture) ?? name;
            if (IsUpdate(property.Value))
            {
                var (from, fromTyped) = Show(property.Value.GetProperty("from"), terms, reading);
                var (to, toTyped) = Show(property.Value.GetProperty("to"), terms, reading);
                lines.Add(new(property.Name, name, from, to) { IsUserText = fromTyped || toTyped });
            }
            else if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                var (to, typed) = Show(property.Value, terms, reading);
                lines.Add(new(property.Name, name, null, to) { IsUserText = typed });
            }
        }
        return lines;
    }

    private sealed record Reading(AuditNames Names, CultureInfo Culture, AuditModuleTexts Texts, string Module);

    /// <summary>The ids the changes hold, for <see cref="AuditNames"/> to look up in one go.</summary>
    public static IEnumerable<Guid> Ids(JsonElement changes) => changes.ValueKind != JsonValueKind.Object
        ? []
        : changes.EnumerateObject().SelectMany(p => IsUpdate(p.Value) ? [p.Value.GetProperty("from"), p.Value.GetProperty("to")] : new[] { p.Value })
            .Where(v => v.ValueKind == JsonValueKind.String && v.TryGetGuid(out _)).Select(v => v.GetGuid());

    private static bool IsUpdate(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("from", out _) && value.TryGetProperty("to", out _)
        && value.EnumerateObject().Count() == 2;

    /// <summary>A value as the reader reads it, and whether it is what a user typed rather than one of the UI's words.</summary>
    private static (string Text, bool Typed) Show(JsonElement value, AuditFieldTerms terms, Reading reading)
    {
        var (names, culture) = (reading.Names, reading.Culture);
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return ("—", false);
        if (value.ValueKind == JsonValueKind.Array)
        {
            var shown = value.EnumerateArray().Select(v => Show(v, terms, reading)).ToList();
            return (string.Join("、", shown.Select(s => s.Text)), shown.Any(s => s.Typed));
        }
        // An owned row ({"countryOrRegion":"HK","personTimes":6}): its values, each read as its own field.
        if (value.ValueKind == JsonValueKind.Object)
        {
            var shown = value.EnumerateObject().Select(p => Show(p.Value, AuditVocabularies.Field(null, Pascal(p.Name)), reading)).ToList();
            return (string.Join(" ", shown.Select(s => s.Text)), shown.Any(s => s.Typed));
        }
        var raw = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
            return (PlatformText.Get(value.GetBoolean() ? "Yes" : "No", culture), false);
        return terms.Kind switch
        {
            AuditValueKind.Money when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var fen) =>
                (new Kernel.Money.Money(fen).ToDisplay(culture), false),
            AuditValueKind.Choice when terms.Label is not null => (terms.Label(raw, culture), false),
            AuditValueKind.Date => (AsDate(raw), false),
            AuditValueKind.Organisation => (names.Organisation(raw, culture) ?? raw, false),
            AuditValueKind.User => (names.User(raw) ?? raw, true),
            AuditValueKind.Reference => (names.Any(raw, culture) ?? raw, true),
            _ when raw.Length == 0 => ("“”", false),
            _ when value.ValueKind == JsonValueKind.Number => (raw, false),
            _ when terms.Property.EndsWith("CountryOrRegion", StringComparison.Ordinal) && CountryOrRegion.Find(raw) is { } place =>
                (place.Name(culture), false),
            _ when reading.Texts.Choice(reading.Module, terms.Property, raw, culture) is { } choice => (choice, false),
            _ => (raw, true),
        };
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string AsDate(string raw) =>
        DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? raw.Length <= 10 ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : ChinaCalendar.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : raw;
}
