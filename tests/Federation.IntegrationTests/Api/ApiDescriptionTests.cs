using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Api;

/// <summary>
/// Issue 27: the OpenAPI document is what integrators generate clients from, so every operation
/// carries a stable id, a summary, a description and its problem-document 4xx answers, and every
/// tag a description — a new endpoint without them fails here, in the ordinary suite. The
/// document read here, with the dropped-in sample work line, is the one build/openapi-lint.sh lints.
/// </summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class ApiDescriptionTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_operation_is_named_summarised_described_and_answers_its_client_errors_as_problems()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var text = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(text).RootElement;
        Keep(text);

        var operations = Operations(document).ToList();
        operations.Should().Contain(o => o.Path == "/api/rights/cases" && o.Method == "post", "a dropped-in work line is described like a built-in one");
        var lacking = operations.SelectMany(Lacks).ToList();
        lacking.Should().BeEmpty();
        operations.Select(o => o.Body.GetProperty("operationId").GetString()).Should().OnlyHaveUniqueItems();

        var described = document.GetProperty("tags").EnumerateArray()
            .Where(t => t.TryGetProperty("description", out var d) && d.GetString() is { Length: > 0 })
            .Select(t => t.GetProperty("name").GetString()).ToHashSet();
        var used = operations.SelectMany(o => o.Body.GetProperty("tags").EnumerateArray().Select(t => t.GetString())).Distinct();
        used.Where(t => !described.Contains(t)).Should().BeEmpty("every tag needs a description (WithTag)");
    }

    [Fact]
    public async Task A_bare_not_found_is_answered_with_the_problem_document_the_description_promises()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var response = await admin.GetAsync($"/api/investment/projects/{Guid.NewGuid()}");
        await response.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
    }

    private sealed record Operation(string Path, string Method, JsonElement Body);

    private static IEnumerable<Operation> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => Methods.Contains(m.Name))
            .Select(m => new Operation(path.Name, m.Name, m.Value)));

    private static IEnumerable<string> Lacks(Operation o)
    {
        var name = $"{o.Method.ToUpperInvariant()} {o.Path}";
        foreach (var field in new[] { "operationId", "summary", "description" })
            if (!o.Body.TryGetProperty(field, out var value) || value.GetString() is not { Length: > 0 })
                yield return $"{name} has no {field} (Describe)";
        var clientErrors = o.Body.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4')).ToList();
        if (clientErrors.Count == 0) yield return $"{name} documents no 4xx answer";
        foreach (var error in clientErrors)
            if (!error.Value.TryGetProperty("content", out var content) || !content.EnumerateObject().Any(c => c.Name.Contains("problem+json")))
                yield return $"{name} answers {error.Name} without a problem document";
    }

    /// <summary>Writes the document where build/openapi-lint.sh lints it.</summary>
    private static void Keep(string document) => File.WriteAllText(Path.Combine(ArtifactsFolder(), "v1.json"), document);

    /// <summary>The repository's artifacts/openapi folder, created if need be.</summary>
    internal static string ArtifactsFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Federation.sln"))) root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), "artifacts", "openapi");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
