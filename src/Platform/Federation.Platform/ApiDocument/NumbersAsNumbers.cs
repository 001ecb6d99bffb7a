using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Federation.Platform.ApiDocument;

/// <summary>
/// The API reads a number sent as a string too (System.Text.Json's web defaults), so ASP.NET Core
/// describes every number as "number or string with a pattern". Generators then type the field as
/// an object; the API always answers numbers, so the document promises numbers only.
/// </summary>
internal sealed class NumbersAsNumbers : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
            && (type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }
}
