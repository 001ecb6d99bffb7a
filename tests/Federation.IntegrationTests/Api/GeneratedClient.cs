using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Federation.IntegrationTests.Api;

/// <summary>
/// A C# client written by NSwag from an OpenAPI document and compiled by Roslyn in memory, as an
/// integrator would generate one; operations are called by their operationId through reflection.
/// </summary>
internal sealed class GeneratedClient
{
    private const string Namespace = "Generated.Federation";
    private static readonly JsonSerializerOptions Bodies = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly Assembly assembly;

    private GeneratedClient(Assembly assembly) => this.assembly = assembly;

    public static async Task<GeneratedClient> From(string openApiJson)
    {
        var document = await OpenApiDocument.FromJsonAsync(openApiJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "FederationClient",
            UseBaseUrl = false,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        };
        settings.CSharpGeneratorSettings.Namespace = Namespace;
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        // The API's dates are yyyy-MM-dd days (docs/api.md), not instants.
        settings.CSharpGeneratorSettings.DateType = "System.DateOnly";
        // Enums travel as their names (docs/api.md); the API reads them case-insensitively.
        settings.CSharpGeneratorSettings.JsonConverters = ["System.Text.Json.Serialization.JsonStringEnumConverter"];
        var code = new CSharpClientGenerator(document, settings).GenerateFile();
        // Kept beside the linted document, for a reader to see what an integrator's generator makes of it.
        await File.WriteAllTextAsync(Path.Combine(ApiDescriptionTests.ArtifactsFolder(), "FederationClient.cs"), code);
        return new GeneratedClient(Compile(code));
    }

    /// <summary>A new client on <paramref name="http"/>, whose base address and credentials it uses.</summary>
    public object Over(HttpClient http) => Activator.CreateInstance(assembly.GetType($"{Namespace}.FederationClient", throwOnError: true)!, http)!;

    /// <summary>
    /// Calls the operation <paramref name="operationId"/>: parameters are passed by name, a body
    /// parameter from the JSON of <paramref name="body"/> turned into the generated request type.
    /// </summary>
    public static async Task<object?> Call(object client, string operationId, object? body = null, Dictionary<string, object?>? arguments = null)
    {
        var name = char.ToUpperInvariant(operationId[0]) + operationId[1..] + "Async";
        var method = client.GetType().GetMethods()
            .Single(m => m.Name == name && m.GetParameters().LastOrDefault()?.ParameterType == typeof(CancellationToken));
        var values = method.GetParameters().Select(p =>
            p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
            : p.Name == "body" ? JsonSerializer.Deserialize(JsonSerializer.Serialize(body), p.ParameterType, Bodies)
            : arguments?.GetValueOrDefault(p.Name!)).ToArray();
        var task = (Task)method.Invoke(client, values)!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    /// <summary>A property of a generated answer, by its C# name.</summary>
    public static object? Read(object? answer, string property) =>
        answer?.GetType().GetProperty(property)?.GetValue(answer)
        ?? throw new Xunit.Sdk.XunitException($"The generated {answer?.GetType().Name ?? "answer"} has no {property}.");

    private static Assembly Compile(string code)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .DistinctBy(Path.GetFileName).Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Generated.Federation.Client", [CSharpSyntaxTree.ParseText(code)], platform,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(d => d.ToString());
        emitted.Success.Should().BeTrue("the generated client must compile: {0}", string.Join(Environment.NewLine, errors));
        return Assembly.Load(image.ToArray());
    }
}
