using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Federation.Platform.ApiDocument;

/// <summary>
/// Adds the client errors every endpoint of a kind can give whatever its handler returns: a caller
/// not signed in gets 401 from any endpoint that needs a user, and a body that is not valid JSON
/// gets 400 from any endpoint that reads one. <see cref="ProblemAnswers"/> then gives them their
/// problem document.
/// </summary>
internal sealed class ClientErrorAnswers : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= new OpenApiResponses();
        var needsUser = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (needsUser) operation.Responses.TryAdd("401", new OpenApiResponse());
        if (operation.RequestBody is not null) operation.Responses.TryAdd("400", new OpenApiResponse());
        return Task.CompletedTask;
    }
}
