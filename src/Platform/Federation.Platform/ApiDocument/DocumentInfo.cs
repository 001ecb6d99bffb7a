using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Federation.Platform.ApiDocument;

/// <summary>
/// The document's title and introduction, and its server address without the trailing slash
/// ASP.NET Core leaves on it (a generated client would otherwise call "//api/...").
/// </summary>
internal sealed class DocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Title = "Federation API";
        document.Info.Description =
            "The work platform of a federation of returned overseas Chinese: every work line's records, the scorecard and the " +
            "platform's administration. Authenticate with the session cookie from POST /api/auth/sign-in or an API token " +
            "(Authorization: Bearer fed_...). Client errors are RFC 9457 problem documents naming each refused field.";
        foreach (var server in document.Servers ?? [])
            if (server.Url is { Length: > 1 } url && url.EndsWith('/')) server.Url = url.TrimEnd('/');
        return Task.CompletedTask;
    }
}
