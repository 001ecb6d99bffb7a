using System.Text.Json.Nodes;
using CsCheck;
using static Federation.IntegrationTests.Reliability.BadRequests;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Changes each of which alone makes a request invalid, whatever else it holds: a value of the
/// wrong JSON type, a name the API does not have, text that is not JSON or not UTF-8, a date that
/// does not exist, text longer than any field takes, a record id that names nothing.
/// </summary>
internal static class Defects
{
    private static readonly string[] WrongForText = ["42", "-1", "3.14", "true", "false", "{}", "[]", "[\"侨\"]", "{\"a\":1}"];
    private static readonly string[] WrongForNumber = ["\"abc\"", "\"\"", "\"1,000\"", "\"12abc\"", "true", "{}", "[]", "[1]", "\"∞\""];
    private static readonly string[] WrongForBoolean = ["\"yes\"", "\"true\"", "1", "0", "{}", "[]", "\"\""];
    private static readonly string[] WrongForList = ["\"侨\"", "1", "{}", "true"];
    private static readonly string[] WrongForObject = ["\"侨\"", "1", "[]", "true"];
    private static readonly string[] WrongForAbsent = ["42", "true", "{}", "[]"];
    private static readonly string[] NotDates = ["2023-02-30", "2023-13-01", "2023-00-10", "23-1-1", "2023/02/26", "2023-02-26T09:00:00", "", " ", "昨天", "9999-99-99", "2023-2-6"];
    private static readonly string[] NotTimestamps = ["soon", "2099-13-01T00:00:00Z", "2020-01-01T00:00:00Z", "", "2099-01-01T25:00:00Z"];
    private static readonly string[] NotEnumNames = ["flying", "", " ", "0", "-1", "signed; DROP TABLE x", "会议", "conference\u0000"];
    private static readonly string[] NotCodes = ["XX", "zz", "中国", "", "1", "U S"];
    private static readonly string[] NotIds = ["not-a-guid", "", "{", "0190a6f4-0000-7000-8000-00000000000Z", "00000000-0000-0000-0000-000000000000", "0190a6f4-0000-7000-8000-000000000001"];
    private static readonly string[] NotNumbers = ["1e400", "-1e400", "79228162514264337593543950336", "-1", "-99999999999"];
    private static readonly string[] OddNames = ["", "__proto__", "$ref", "名字", "colour", "Version2", "a.b", "\u202e"];
    private static readonly string[] NotObjects = ["[]", "null", "42", "\"侨联\"", "true", "[{}]", "{}", ""];
    private static readonly string?[] NotJsonTypes =
    [
        "text/plain", null, "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=utf-16", "application/json; charset=utf-32", "application/json; charset=nonsense", "application/json; charset=",
    ];

    // An upload without a Content-Type, or with a charset, is read for what the file is (the CSV reader finds the encoding itself).
    private static readonly string[] NotLedgerTypes = ["application/json", "text/plain", "image/png", "application/x-www-form-urlencoded"];
    // No %00 in a path: Kestrel refuses it before the application sees the request, and the test server cannot send it at all.
    private static readonly string[] NotRouteIds = ["not-a-guid", "0", "00000000-0000-0000-0000-000000000000", "0190a6f4-0000-7000-8000-000000000001", "' OR 1=1--", "%20"];
    private static readonly string[] NotVersions = ["abc", "", "1.5", "99999999999", "-1", "0", "1e3", "0x1", "９"];
    private static readonly string[] NotFileNames = ["", "ledger", "ledger.exe", "ledger.xlsx.exe", "ledger.", "../../etc/passwd"];
    private static readonly string[] NotModes = ["flying", "1", "dryRun;", "全部"];
    private static readonly string[] NotLedgers = ["no-such-ledger", "investment_projects", "%20", "..%2f..%2fetc"];
    private static readonly string[] Units = ["侨", "a", "😀", "\u202e", "\u200b", "𠀀"];
    private static readonly byte[][] NotUtf8 = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF]];
    private static readonly string[] LoneSurrogates = ["\\ud800", "\\udc00", "\\ud800\\ud800", "\\udfff\\ud800"];

    public static Gen<Mutation> For(WriteEndpoint endpoint)
    {
        var locations = Locations(endpoint);
        var choices = new List<Gen<Mutation>>();
        if (endpoint.RouteId is { } id) choices.Add(OneOf(NotRouteIds).Select(v => Path($"{id} in the path is \"{v}\"", d => d.Path = d.Path.Replace(id, v))));
        if (endpoint.Query.Contains("version=")) choices.Add(BadQuery("version", NotVersions, canDrop: true));
        if (endpoint.TakesFile)
        {
            choices.Add(BadQuery("fileName", NotFileNames, canDrop: true));
            choices.Add(BadQuery("mode", NotModes, canDrop: false));
            choices.Add(OneOf(NotLedgers).Select(v => Path($"ledger \"{v}\"", d => d.Path = "api/imports/ledgers/" + v)));
            choices.Add(OneOf(NotLedgerTypes).Select(type => Path($"the file sent as {type}", d => d.ContentType = type)));
        }
        if (endpoint.Body is not null) choices.AddRange(BodyDefects(endpoint, locations));
        return Gen.OneOf(choices.ToArray());
    }

    private static IEnumerable<Gen<Mutation>> BodyDefects(WriteEndpoint endpoint, IReadOnlyList<(JsonLocation Location, ValueKind Kind)> locations)
    {
        yield return OneOf(locations).SelectMany(l => OneOf(WrongTypeFor(l.Kind)).Select(v => At(l.Location, $"of the wrong type: {v}", Parse(v))));
        var objects = locations.Where(l => l.Kind == ValueKind.Object).Select(l => (JsonLocation?)l.Location).Append(null).ToList();
        yield return Gen.Select(OneOf(objects), OneOf(OddNames), (where, name) => UnknownProperty(where, name));
        yield return Gen.Int[0, 99].Select(percent => Whole($"the body cut at {percent}% of its bytes", d => d.CutAt = percent / 100.0));
        yield return OneOf(NotObjects).Select(text => Whole($"the body is {(text.Length == 0 ? "empty" : text)}", d => d.BodyText = text));
        yield return OneOf(NotJsonTypes).Select(type => Whole($"sent as {type ?? "no content type"}", d => d.ContentType = type));
        yield return Gen.Select(OneOf(locations), Gen.Int[65, 300], Gen.Bool, (l, depth, objects) =>
            At(l.Location, $"nested {depth} deep", Nested(depth, objects)));
        var strings = locations.Where(l => l.Kind is not (ValueKind.Number or ValueKind.Boolean or ValueKind.List or ValueKind.Object or ValueKind.Absent)).ToList();
        if (strings.Count > 0)
        {
            yield return Gen.Select(OneOf(strings), Gen.Int[0, 31], (l, c) => Spliced(l.Location, $"a raw control character U+{c:X4}", d => d.SpliceText(((char)c).ToString())));
            yield return Gen.Select(OneOf(strings), OneOf(NotUtf8), (l, bytes) => Spliced(l.Location, $"bytes {Convert.ToHexString(bytes)} that are not UTF-8", d => d.SpliceBytes(bytes)));
            yield return Gen.Select(OneOf(strings), OneOf(LoneSurrogates), (l, s) => Spliced(l.Location, $"a lone surrogate {s}", d => d.SpliceText(s)));
        }
        foreach (var (kind, values) in new[] { (ValueKind.Date, NotDates), (ValueKind.Timestamp, NotTimestamps), (ValueKind.EnumName, NotEnumNames), (ValueKind.Code, NotCodes), (ValueKind.Id, NotIds) })
            if (locations.Where(l => l.Kind == kind).ToList() is { Count: > 0 } ofKind)
                yield return Gen.Select(OneOf(ofKind), OneOf(values), (l, v) => At(l.Location, $"\"{v}\"", JsonValue.Create(v)));
        if (locations.Where(l => l.Kind == ValueKind.Number).ToList() is { Count: > 0 } numbers)
            yield return Gen.Select(OneOf(numbers), OneOf(NotNumbers), (l, v) => At(l.Location, v, Parse(v)));
        if (locations.Where(l => l.Kind == ValueKind.Text).ToList() is { Count: > 0 } texts)
            yield return Gen.Select(OneOf(texts), OneOf(Units), Gen.Int[4_001, 12_000], (l, unit, length) =>
                At(l.Location, $"{length} characters of {unit}", JsonValue.Create(Repeat(unit, length))));
        if (endpoint.Body!.ContainsKey("version"))
            yield return Gen.Const(new Mutation("no version", "version", d => d.Body!.AsObject().Remove("version")));
    }

    private static string[] WrongTypeFor(ValueKind kind) => kind switch
    {
        ValueKind.Number => WrongForNumber,
        ValueKind.Boolean => WrongForBoolean,
        ValueKind.List => WrongForList,
        ValueKind.Object => WrongForObject,
        ValueKind.Absent => WrongForAbsent,
        _ => WrongForText,
    };

    private static Gen<Mutation> BadQuery(string name, string[] values, bool canDrop) =>
        Gen.Int[canDrop ? -1 : 0, values.Length - 1].Select(i => i < 0
            ? Path($"no {name}", d => d.Query.RemoveAll(p => p.Key == name))
            : Path($"{name}={values[i]}", d =>
            {
                d.Query.RemoveAll(p => p.Key == name);
                d.Query.Add(KeyValuePair.Create(name, values[i]));
            }));

    private static Mutation UnknownProperty(JsonLocation? where, string name) =>
        new($"an unknown property \"{name}\" in {where?.ToString() ?? "the body"}", where?.Root, d =>
        {
            var target = where is null ? d.Body! : where.Segments.Aggregate(d.Body!, (node, s) => s is int i ? node.AsArray()[i]! : node.AsObject()[(string)s]!);
            target.AsObject()[name] = "侨";
        });

    private static Mutation At(JsonLocation location, string what, JsonNode? value) =>
        new($"{location} {what}", location.Root, d => location.Set(d.Body!, value?.DeepClone()));

    /// <summary>Puts a splice in the middle of a string value; the splice is made when the draft is finished.</summary>
    private static Mutation Spliced(JsonLocation location, string what, Func<RequestDraft, string> marker) =>
        new($"{location} holds {what}", location.Root, d => location.Set(d.Body!, JsonValue.Create("侨联" + marker(d) + "中山")));

    private static Mutation Path(string what, Action<RequestDraft> apply) => new(what, null, apply);

    private static Mutation Whole(string what, Action<RequestDraft> apply) => new(what, null, apply);

    private static JsonNode? Nested(int depth, bool objects) => objects
        ? Parse(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))
        : Parse(new string('[', depth) + new string(']', depth));
}
