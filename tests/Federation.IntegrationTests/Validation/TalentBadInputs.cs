using System.Text.Json.Nodes;
using static Federation.IntegrationTests.Validation.BadBodies;

namespace Federation.IntegrationTests.Validation;

/// <summary>Bad bodies for the Talent work line's bulk change; the fixture's talent event is at version 1.</summary>
internal static class TalentBadInputs
{
    private const string NoSuchRecord = "0190a6f4-0000-7000-8000-000000000002";

    private static readonly (string, string, Area) BulkEvents = ("POST", "api/talent/events/bulk", Area.TalentEvents);

    public static IEnumerable<BadInput> All()
    {
        var valid = From(new { ids = new[] { "{talentEvent}" }, action = "tag", programmeId = (string?)null });
        yield return BulkEvents.Sends("no talent events selected", valid.With("ids", new JsonArray()), "ids");
        yield return BulkEvents.Sends("an unknown talent event beside a real one", valid.With("ids", new JsonArray("{talentEvent}", NoSuchRecord)), "ids");
        yield return BulkEvents.Sends("assigning talent events, which name nobody responsible", valid.With("action", "assign").With("assignee", "王五"), "action");
        yield return BulkEvents.Sends("tagging talent events with an unknown programme", valid.With("programmeId", NoSuchRecord), "programmeId");
        yield return BulkEvents.Sends("tagging talent events with another work line's programme", valid.With("programmeId", "{programme}"), "programmeId");
        yield return BulkEvents.Sends("more than 200 talent events", valid.With("ids", new JsonArray(Enumerable.Range(0, 201).Select(_ => (JsonNode?)JsonValue.Create(Guid.NewGuid().ToString())).ToArray())), "ids");
    }
}
