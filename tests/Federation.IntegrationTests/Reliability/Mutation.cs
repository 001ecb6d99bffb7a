using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// One change to a valid request. <paramref name="Root"/> is the top-level body field it touches
/// (null for the path, the query or the body as a whole), so that other mutations of the same
/// request leave that field alone.
/// </summary>
internal sealed record Mutation(string Description, string? Root, Action<RequestDraft> Apply)
{
    public override string ToString() => Description;
}

/// <summary>What a value in a valid body is, judged from the value itself, to choose the wrong values that fit it.</summary>
internal enum ValueKind
{
    Text,
    Date,
    Timestamp,
    EnumName,
    Code,
    Id,
    Number,
    Boolean,
    List,
    Object,

    /// <summary>An optional value the valid body leaves null (an organisation, an event, a due date).</summary>
    Absent,
}

internal static partial class ValueKinds
{
    public static ValueKind Of(JsonLocation location, JsonNode? value) => value switch
    {
        null => location.Segments[^1] is string name && name.EndsWith("Id", StringComparison.Ordinal) ? ValueKind.Id : ValueKind.Absent,
        JsonObject => ValueKind.Object,
        JsonArray => ValueKind.List,
        JsonValue v when v.TryGetValue<bool>(out _) => ValueKind.Boolean,
        JsonValue v when v.TryGetValue<string>(out var text) => OfText(text),
        _ => ValueKind.Number,
    };

    private static ValueKind OfText(string text) => text switch
    {
        _ when Placeholder().IsMatch(text) || Guid.TryParse(text, out _) => ValueKind.Id,
        _ when Date().IsMatch(text) => ValueKind.Date,
        _ when Timestamp().IsMatch(text) => ValueKind.Timestamp,
        _ when EnumName().IsMatch(text) => ValueKind.EnumName,
        _ when Code().IsMatch(text) => ValueKind.Code,
        _ => ValueKind.Text,
    };

    [GeneratedRegex(@"^\{[A-Za-z]+\}$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[\d:]+Z$")]
    private static partial Regex Timestamp();

    // The API's enum names are camelCase words (conference, phD, talentWorkstation); no free text in a valid body looks like one.
    [GeneratedRegex("^[a-z][a-zA-Z]*$")]
    private static partial Regex EnumName();

    [GeneratedRegex("^[A-Z]{2,3}$")]
    private static partial Regex Code();
}
