using System.Text.Json;

namespace Federation.Platform.Pages.Admin.Audit;

/// <summary>
/// One changed field of an audit entry, readable: "Name: 旧 → 新" for an update, "Name: 值" for
/// a record added or deleted (the audit trail stores {from, to} only for updates).
/// </summary>
internal sealed record ChangeLine(string Field, string? From, string To)
{
    public static IReadOnlyList<ChangeLine> Of(JsonElement changes) =>
        changes.ValueKind != JsonValueKind.Object
            ? []
            : changes.EnumerateObject().Select(p => IsUpdate(p.Value)
                ? new ChangeLine(p.Name, Show(p.Value.GetProperty("from")), Show(p.Value.GetProperty("to")))
                : new ChangeLine(p.Name, null, Show(p.Value))).ToList();

    /// <summary>The changes as the log page lists them, one "Field: from → to" a line.</summary>
    public static string Summary(JsonElement changes) => string.Join("\n", Of(changes).Select(line => line.ToString()));

    /// <summary>"Name: 旧 → 新", or "Name: 值" for a record added or deleted.</summary>
    public override string ToString() => From is null ? $"{Field}: {To}" : $"{Field}: {From} → {To}";

    private static bool IsUpdate(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("from", out _) && value.TryGetProperty("to", out _)
        && value.EnumerateObject().Count() == 2;

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : "“”",
        _ => value.GetRawText(),
    };
}
