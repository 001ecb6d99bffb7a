using System.Text.Json.Nodes;
using CsCheck;
using Federation.IntegrationTests.Validation;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Generates requests every write endpoint must refuse: each carries one defect that alone makes
/// it invalid (<see cref="Defects"/>) and up to two more changes to other fields that may or may
/// not be valid on their own (<see cref="Noise"/>: nulls, missing fields, odd but legal text,
/// edge numbers), so that the refusal is tested with a realistic mess around it.
/// </summary>
internal static class BadRequests
{
    public static readonly Gen<GeneratedRequest> Any =
        Gen.Int[0, WriteEndpoints.All.Count - 1].SelectMany(i => For(WriteEndpoints.All[i]));

    public static Gen<GeneratedRequest> For(WriteEndpoint endpoint) =>
        Defects.For(endpoint).SelectMany(defect => Noise.For(endpoint, defect.Root).Array[0, 2].Select(noise =>
        {
            var draft = new RequestDraft(endpoint);
            foreach (var change in noise.DistinctBy(n => n.Root)) change.Apply(draft);
            defect.Apply(draft);
            return draft.Finish([defect.Description, .. noise.Select(n => n.Description)]);
        }));

    /// <summary>The body's locations of each kind, never the top-level object itself.</summary>
    public static IReadOnlyList<(JsonLocation Location, ValueKind Kind)> Locations(WriteEndpoint endpoint) =>
        endpoint.Body is null ? [] : JsonLocation.All(endpoint.Body).Select(l => (l.Location, ValueKinds.Of(l.Location, l.Value))).ToList();

    /// <summary>Picks one of <paramref name="items"/>; callers never pass an empty list.</summary>
    public static Gen<T> OneOf<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    /// <summary>A node parsed from JSON text each time it is used, since a node can have one parent only.</summary>
    public static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 1024 });

    /// <summary>Text of <paramref name="length"/> characters or more repeating <paramref name="unit"/>, never splitting a surrogate pair.</summary>
    public static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, (length + unit.Length - 1) / unit.Length));
}
