using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Telemetry;

/// <summary>With <c>Logging:Json</c> on, the console gets one JSON object a line, and a request's lines carry its trace and request ids.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class JsonLogTests
{
    [Fact]
    public async Task A_request_s_log_lines_are_json_carrying_its_trace_id_and_request_id()
    {
        var captured = new LockedWriter();
        var original = Console.Out;
        Console.SetOut(captured);
        try
        {
            using var factory = new FederationFactory()
                .With("Logging:Json", "true")
                .With("Logging:Console:FormatterName", "simple")
                .With("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
            var path = "/health/live?probe=" + Guid.NewGuid().ToString("N");
            (await factory.CreateClient().GetAsync(path)).EnsureSuccessStatusCode();

            var line = await Eventually.Within(TimeSpan.FromSeconds(10), () => Task.FromResult(RequestLine(captured, path)), l => l is not null);

            using var json = JsonDocument.Parse(line!);
            var scopes = json.RootElement.GetProperty("Scopes").EnumerateArray().ToList();
            scopes.Select(s => Text(s, "TraceId")).Should().Contain(id => id.Length == 32, "the trace id is on the line: {0}", line);
            scopes.Select(s => Text(s, "RequestId")).Should().Contain(id => id.Length > 0, "the request id is on the line: {0}", line);
            json.RootElement.GetProperty("LogLevel").GetString().Should().Be("Information");
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private static string Text(JsonElement scope, string name) =>
        scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    private static string? RequestLine(LockedWriter captured, string path) =>
        captured.ToString().Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('{') && l.Contains(path, StringComparison.Ordinal)
            && l.Contains("\"Scopes\"", StringComparison.Ordinal));

    // The console logger writes from its own thread while the test reads.
    private sealed class LockedWriter : StringWriter
    {
        public override void Write(char value) { lock (this) base.Write(value); }
        public override void Write(char[] buffer, int index, int count) { lock (this) base.Write(buffer, index, count); }
        public override void Write(string? value) { lock (this) base.Write(value); }
        public override string ToString() { lock (this) return base.ToString(); }
    }
}

/// <summary>Tests that swap the process's console writer run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCapture
{
    public const string Name = "Console capture";
}
