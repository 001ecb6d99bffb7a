using System.Text.Json;
using System.Text.Json.Nodes;

namespace Federation.IntegrationTests.Validation;

/// <summary>
/// One request the product must refuse. Path and body may hold placeholders for the fixture's
/// records ({event}, {project}, {creditLine}, {outcome}, {user}, {organisation}, {root}, and the Enterprise services'
/// {enterprise}, {otherEnterprise}, {campaign}, {visit}, {concern}, {policySession}, {jointMeasure}, and Trade support's
/// {pilot}, {order}, {tour}, {commendation}) and for the
/// account that signs in ({account}, {accountId}).
/// <paramref name="Fields"/> are exactly the keys the problem document's <c>errors</c> must hold;
/// <paramref name="Area"/> says which records the request could have written to.
/// </summary>
internal sealed record BadInput(
    string Description,
    string Method,
    string Path,
    Area Area,
    string? Body,
    string? ContentType,
    int Status,
    string[] Fields)
{
    /// <summary>The case's name in the test run, e.g. "POST investment/projects: amount of 1e13 yuan".</summary>
    public string Name => $"{Method} {Path.Replace("api/", "")}: {Description}";

    /// <summary>Words the problem's detail must contain, where the kind of mistake matters to the reader.</summary>
    public string? Says { get; init; }

    public BadInput Saying(string words) => this with { Says = words };
}

/// <summary>What a bad request might have changed, and so what is compared before and after it.</summary>
internal enum Area
{
    /// <summary>Only the audit log: a read has no records of its own to change.</summary>
    None,
    Events,
    Projects,
    CreditLines,
    Outcomes,
    Users,
    Organisations,

    /// <summary>The towns and their areas.</summary>
    Places,

    /// <summary>The organisations' departments.</summary>
    Departments,
    Tokens,

    /// <summary>The signing-in user's own record: sign-in and password changes.</summary>
    Account,
    Enterprises,
    Campaigns,
    Visits,
    Concerns,
    PolicySessions,
    JointMeasures,
    Pilots,
    Orders,
    Tours,
    Commendations,
    TalentEvents,

    /// <summary>The signed-in user's calendar feed links.</summary>
    CalendarFeeds,
    /// <summary>The caller's saved list filters.</summary>
    SavedFilters,
}

/// <summary>Builds the cases: a valid body with one thing made wrong.</summary>
internal static class BadBodies
{
    public const string Json = "application/json";

    /// <summary>A string longer than any field allows.</summary>
    public static readonly string TenThousandCharacters = new('侨', 10_000);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonObject From(object body) => JsonSerializer.SerializeToNode(body, Options)!.AsObject();

    public static JsonObject With(this JsonObject body, string field, object? value)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value as JsonNode ?? JsonSerializer.SerializeToNode(value, Options);
        return copy;
    }

    public static JsonObject Without(this JsonObject body, string field)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    /// <summary>
    /// JSON written exactly as given, e.g. a number in exponent notation, an array holding null,
    /// or nesting deeper than the server reads.
    /// </summary>
    public static JsonNode Raw(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!;

    public static BadInput Sends(this (string Method, string Path, Area Area) endpoint, string description, JsonObject body, params string[] fields) =>
        new(description, endpoint.Method, endpoint.Path, endpoint.Area, body.ToJsonString(), Json, 400, fields);

    /// <summary>
    /// A body that is not the JSON of the request at all: malformed, the wrong shape, or empty.
    /// Malformed JSON is named by the path where reading stopped, or "body" when that is the top.
    /// </summary>
    public static BadInput SendsText(this (string Method, string Path, Area Area) endpoint, string description, string text, params string[] fields) =>
        new(description, endpoint.Method, endpoint.Path, endpoint.Area, text, Json, 400, fields);

    /// <summary>A valid body under the wrong Content-Type (null: none at all), refused as 415.</summary>
    public static BadInput SendsAs(this (string Method, string Path, Area Area) endpoint, string? contentType, JsonObject body) =>
        new($"the body sent as {contentType ?? "no content type"}", endpoint.Method, endpoint.Path, endpoint.Area,
            body.ToJsonString(), contentType, 415, ["body"]);

    /// <summary>A request without a body whose path or query is wrong.</summary>
    public static BadInput Calls(this (string Method, string Path, Area Area) endpoint, string description, string query, params string[] fields) =>
        new(description, endpoint.Method, endpoint.Path + query, endpoint.Area, null, null, 400, fields);
}
