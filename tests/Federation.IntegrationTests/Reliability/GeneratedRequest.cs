using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Federation.IntegrationTests.Validation;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// A request being made wrong, one mutation after another: a copy of the endpoint's valid body,
/// path, query and content type, plus splices the JSON writer cannot produce itself (a raw control
/// character, a lone surrogate escape, bytes that are not UTF-8, a body cut short).
/// </summary>
internal sealed class RequestDraft(WriteEndpoint endpoint)
{
    /// <summary>Markers are plain ASCII so that the JSON writer leaves them as they are, and no generated text contains one.</summary>
    private const string MarkerPrefix = "SPLICEMARKER";

    private readonly List<(string Marker, string Raw)> textSplices = [];
    private readonly List<(string Marker, byte[] Raw)> byteSplices = [];

    public WriteEndpoint Endpoint { get; } = endpoint;
    public JsonNode? Body { get; set; } = endpoint.Body?.DeepClone();
    public string Path { get; set; } = endpoint.Path;
    public List<KeyValuePair<string, string>> Query { get; } = ParseQuery(endpoint.Query);
    public string? ContentType { get; set; } = endpoint.Body is not null ? "application/json" : endpoint.TakesFile ? "text/csv" : null;

    /// <summary>Text sent instead of the body's JSON (an array, a bare number, nothing).</summary>
    public string? BodyText { get; set; }

    /// <summary>Where to cut the body, as a fraction of its bytes; null sends it whole.</summary>
    public double? CutAt { get; set; }

    /// <summary>A marker to put inside a string value, sent as <paramref name="raw"/> JSON text.</summary>
    public string SpliceText(string raw)
    {
        var marker = $"{MarkerPrefix}{textSplices.Count + byteSplices.Count}X";
        textSplices.Add((marker, raw));
        return marker;
    }

    /// <summary>A marker to put inside a string value, sent as the bytes <paramref name="raw"/>.</summary>
    public string SpliceBytes(byte[] raw)
    {
        var marker = $"{MarkerPrefix}{textSplices.Count + byteSplices.Count}X";
        byteSplices.Add((marker, raw));
        return marker;
    }

    public GeneratedRequest Finish(IReadOnlyList<string> mutations)
    {
        var query = Query.Count == 0 ? "" : "?" + string.Join("&", Query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        string? text = BodyText ?? Body?.ToJsonString(Writing);
        if (text is null && Endpoint.TakesFile) text = LedgerCsv;
        if (text is not null) text = textSplices.Aggregate(text, (t, s) => t.Replace(s.Marker, s.Raw));
        return new GeneratedRequest(Endpoint, mutations, Path + query, text, [.. byteSplices], CutAt, ContentType);
    }

    // Deep enough for the nesting the defects make, which the host must refuse, not the writer.
    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 2048 };

    /// <summary>A one-row ledger an upload would accept, so only the generated mutation can be why it is refused.</summary>
    private const string LedgerCsv = "项目名称,投资方,行业,金额（元）,落地镇街,阶段,阶段日期\n生成的项目,生成的集团,先进制造,1000000,石岐,意向,2024-01-02\n";

    private static List<KeyValuePair<string, string>> ParseQuery(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], Uri.UnescapeDataString(p[1]))).ToList();
}

/// <summary>
/// One generated bad request, still holding the fixture's placeholders; <see cref="Mutations"/>
/// says what was made wrong, for the report of a failing case.
/// </summary>
internal sealed record GeneratedRequest(
    WriteEndpoint Endpoint,
    IReadOnlyList<string> Mutations,
    string PathAndQuery,
    string? BodyText,
    IReadOnlyList<(string Marker, byte[] Raw)> ByteSplices,
    double? CutAt,
    string? ContentType)
{
    public HttpRequestMessage ToRequest(BadInputFixture fixture)
    {
        var request = new HttpRequestMessage(new HttpMethod(Endpoint.Method), "/" + fixture.Resolve(PathAndQuery));
        if (BodyText is null) return request;
        var bytes = ByteSplices.Aggregate(Encoding.UTF8.GetBytes(fixture.Resolve(BodyText)), (b, s) => Replace(b, Encoding.ASCII.GetBytes(s.Marker), s.Raw));
        if (CutAt is { } cut) bytes = bytes[..(int)(bytes.Length * cut)];
        request.Content = new ByteArrayContent(bytes);
        // Sent as written, even where the client's own parser would refuse it (an empty charset).
        if (ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        return request;
    }

    /// <summary>The top-level names a refusal of this request may give: what was sent, what the valid body has, and the query's.</summary>
    public IReadOnlySet<string> NameableFields()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "body", "version", "file", "mode", "id" };
        foreach (var property in Endpoint.Body ?? []) names.Add(property.Key);
        foreach (var pair in PathAndQuery.Split('?').Skip(1).SelectMany(q => q.Split('&'))) names.Add(pair.Split('=')[0]);
        if (BodyText is not null)
            foreach (System.Text.RegularExpressions.Match name in System.Text.RegularExpressions.Regex.Matches(BodyText, "\"([^\"\\\\]{1,100})\"\\s*:"))
                names.Add(name.Groups[1].Value);
        return names;
    }

    public override string ToString()
    {
        var body = BodyText is null ? "no body" : BodyText.Length > 400 ? BodyText[..400] + $"… ({BodyText.Length} characters)" : BodyText;
        return $"{Endpoint.Method} {PathAndQuery} [{string.Join("; ", Mutations)}] {ContentType ?? "no content type"}: {body}";
    }

    private static byte[] Replace(byte[] bytes, byte[] marker, byte[] raw)
    {
        var at = bytes.AsSpan().IndexOf(marker);
        return at < 0 ? bytes : [.. bytes[..at], .. raw, .. bytes[(at + marker.Length)..]];
    }
}
