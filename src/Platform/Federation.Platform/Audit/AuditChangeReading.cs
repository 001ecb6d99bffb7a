using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Audit;
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
            .Where(v => v.ValueKind == JsonValueKind.String && v.TryGetGuid(out _)).Select(v => v.GetGuid());

    private static bool IsUpdate(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("from", out _) && value.TryGetProperty("to", out _)
        && value.EnumerateObject().Count() == 2;

    private static string Show(JsonElement value, AuditFieldTerms terms, AuditNames names, CultureInfo culture)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return "—";
        if (value.ValueKind == JsonValueKind.Array)
            return string.Join("、", value.EnumerateArray().Select(v => Show(v, terms, names, culture)));
        var raw = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
            return PlatformText.Get(value.GetBoolean() ? "Yes" : "No", culture);
        return terms.Kind switch
        {
            AuditValueKind.Money when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var fen) =>
                new Kernel.Money.Money(fen).ToDisplay(culture),
            AuditValueKind.Choice when terms.Label is not null => terms.Label(raw, culture),
            AuditValueKind.Date => AsDate(raw),
            AuditValueKind.Organisation => names.Organisation(raw, culture) ?? raw,
            AuditValueKind.User => names.User(raw) ?? raw,
            AuditValueKind.Reference => names.Any(raw, culture) ?? raw,
            _ when raw.Length == 0 => "“”",
            _ => raw,
        };
    }

    private static string AsDate(string raw) =>
        DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? raw.Length <= 10 ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : ChinaCalendar.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : raw;
}
