using Federation.Kernel.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Federation.Platform.ApiDocument;

/// <summary>
/// Lists each tag with the description its module gave it (<see cref="ApiDescriptions.WithTag"/>),
/// so a built-in and a dropped-in work line describe their tags the same way.
/// </summary>
internal sealed class TagDescriptions : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var described = context.DescriptionGroups.SelectMany(g => g.Items)
            .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<ApiTag>())
            .DistinctBy(t => t.Name)
            .ToDictionary(t => t.Name, t => t.Description, StringComparer.Ordinal);
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var tag in document.Tags)
            if (tag.Name is { } name && described.Remove(name, out var description)) tag.Description = description;
        foreach (var (name, description) in described)
            document.Tags.Add(new OpenApiTag { Name = name, Description = description });
        return Task.CompletedTask;
    }
}
