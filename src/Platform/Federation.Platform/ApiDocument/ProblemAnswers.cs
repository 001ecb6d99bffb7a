using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Federation.Platform.ApiDocument;

/// <summary>
/// Every 4xx answer under /api is an RFC 9457 problem document (the status-code pages write one
/// for a handler's bare 404 too), so the document says so for each, with a description of what
/// the status means here: a generated client then reads the problem instead of failing on it.
/// </summary>
internal sealed class ProblemAnswers : IOpenApiDocumentTransformer
{
    private const string Schema = nameof(ProblemDetails);

    private static readonly Dictionary<string, string> Meanings = new()
    {
        ["400"] = "Bad input: the problem's errors name each refused field (or body, for a body that is not valid JSON).",
        ["401"] = "Not signed in, or the API token is unknown, expired or revoked.",
        ["403"] = "A permission is missing (missingPermission names it) or the record belongs to an organisation outside the caller's.",
        ["404"] = "No such record, or it is not visible to the caller.",
        ["409"] = "The record changed since it was read (currentVersion gives its version now) or its state does not allow the change.",
        ["413"] = "The body is larger than the endpoint accepts.",
        ["415"] = "The body is not of a media type the endpoint reads.",
        ["429"] = "Too many requests from this address or token; retry after the time in Retry-After.",
    };

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(Schema))
            document.Components.Schemas[Schema] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken);
        var problem = new OpenApiSchemaReference(Schema, document);

        var operations = document.Paths?.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []) ?? [];
        foreach (var operation in operations)
        foreach (var (status, answer) in operation.Responses ?? new OpenApiResponses())
        {
            if (!status.StartsWith('4') || answer is not OpenApiResponse response) continue;
            response.Description = Meanings.GetValueOrDefault(status, response.Description ?? "A client error, described by the problem document.");
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            if (response.Content.Count == 0)
                response.Content[Federation.Kernel.Http.ApiDescriptions.ProblemContentType] = new OpenApiMediaType { Schema = problem };
        }
    }
}
