using System.Text.Json.Nodes;

namespace Federation.IntegrationTests.Reliability;

/// <summary>Where a value sits in a request body: property names and array indexes from the top.</summary>
internal sealed record JsonLocation(IReadOnlyList<object> Segments)
{
    /// <summary>The top-level property the location is under: what a refusal of anything inside it may name.</summary>
    public string Root => (string)Segments[0];

    /// <summary>Written the way the host names a field: <c>organisers[0].role</c>.</summary>
    public override string ToString() => string.Concat(Segments.Select((s, i) => s switch
    {
        int index => $"[{index}]",
        _ => i == 0 ? (string)s : "." + s,
    }));

    /// <summary>Every property and array element of <paramref name="body"/>, containers and leaves alike, with its value.</summary>
    public static IEnumerable<(JsonLocation Location, JsonNode? Value)> All(JsonObject body) => Below(body, []);

    public void Set(JsonNode root, JsonNode? value)
    {
        var parent = Parent(root);
        switch (Segments[^1])
        {
            case int index: parent!.AsArray()[index] = value; break;
            case string name: parent!.AsObject()[name] = value; break;
        }
    }

    public void Remove(JsonNode root)
    {
        var parent = Parent(root);
        switch (Segments[^1])
        {
            case int index: parent!.AsArray().RemoveAt(index); break;
            case string name: parent!.AsObject().Remove(name); break;
        }
    }

    private JsonNode? Parent(JsonNode root) => Segments.SkipLast(1).Aggregate<object, JsonNode?>(root, (node, segment) => segment switch
    {
        int index => node!.AsArray()[index],
        _ => node!.AsObject()[(string)segment],
    });

    private static IEnumerable<(JsonLocation, JsonNode?)> Below(JsonNode node, IReadOnlyList<object> prefix)
    {
        IEnumerable<(object Segment, JsonNode? Child)> children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)),
            JsonArray a => a.Select((child, i) => ((object)i, child)),
            _ => [],
        };
        foreach (var (segment, child) in children)
        {
            var location = new JsonLocation([.. prefix, segment]);
            yield return (location, child);
            if (child is JsonObject or JsonArray)
                foreach (var below in Below(child, location.Segments)) yield return below;
        }
    }
}
