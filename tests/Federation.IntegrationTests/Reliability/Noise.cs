using System.Text.Json.Nodes;
using CsCheck;
using static Federation.IntegrationTests.Reliability.BadRequests;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Changes to a top-level field that may or may not be refused on their own: null, a missing
/// field, text with control characters, direction overrides, zero-width or astral characters,
/// numbers at the edges, dates at the ends of the plausible range, and a query parameter the
/// API does not read. Alongside a defect they must change nothing about the refusal's kind.
/// </summary>
internal static class Noise
{
    private static readonly string[] OddText =
    [
        "", "   ", "侨\u0001联\u001f", "\u202e侨联\u202c", "侨\u200b联\u200d", "😀𠀀𝟘", "'; DROP TABLE inv_projects;--",
        "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "\r\n\t", "\u00a0侨联\u3000",
    ];

    private static readonly string[] EdgeNumbers = ["0", "2147483647", "2147483648", "0.001", "1e-3", "1.0", "-0"];
    private static readonly string[] EdgeDates = ["1949-01-01", "1800-01-01", "2100-12-31", "2101-01-01", "2024-02-29"];

    public static Gen<Mutation> For(WriteEndpoint endpoint, string? defectRoot)
    {
        var fields = endpoint.Body is null
            ? []
            : Locations(endpoint).Where(l => l.Location.Segments.Count == 1 && l.Location.Root != defectRoot).ToList();
        var choices = new List<Gen<Mutation>>
        {
            Gen.Const(new Mutation("an extra query parameter the API does not read", null,
                d => d.Query.Add(KeyValuePair.Create("utm_source", "侨联"))))
        };
        if (fields.Count == 0) return Gen.OneOf(choices.ToArray());
        choices.Add(OneOf(fields).Select(f => Set(f.Location, "null", null)));
        choices.Add(OneOf(fields).Select(f => new Mutation($"no {f.Location}", f.Location.Root, d => f.Location.Remove(d.Body!))));
        if (fields.Where(f => f.Kind == ValueKind.Text).ToList() is { Count: > 0 } texts)
            choices.Add(Gen.Select(OneOf(texts), OneOf(OddText), (f, text) => Set(f.Location, $"\"{text}\"", JsonValue.Create(text))));
        if (fields.Where(f => f.Kind == ValueKind.Number).ToList() is { Count: > 0 } numbers)
            choices.Add(Gen.Select(OneOf(numbers), OneOf(EdgeNumbers), (f, number) => Set(f.Location, number, Parse(number))));
        if (fields.Where(f => f.Kind == ValueKind.Date).ToList() is { Count: > 0 } dates)
            choices.Add(Gen.Select(OneOf(dates), OneOf(EdgeDates), (f, date) => Set(f.Location, date, JsonValue.Create(date))));
        return Gen.OneOf(choices.ToArray());
    }

    private static Mutation Set(JsonLocation location, string what, JsonNode? value) =>
        new($"{location} {what}", location.Root, d => location.Set(d.Body!, value?.DeepClone()));
}
