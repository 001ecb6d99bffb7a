using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Federation.Platform.Tokens;

/// <summary>
/// Declares the API token in the OpenAPI document, so integrators see how to authenticate and
/// Scalar offers a field for the token. Signed-in browsers use the session cookie instead.
/// </summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token issued by an administrator (POST /api/admin/tokens), e.g. fed_…",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
