using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Federation.Kernel.Http;

/// <summary>
/// How a module describes its endpoints in the OpenAPI document (<c>/openapi/v1.json</c>), from
/// which integrators generate their clients. The operation id is written out rather than taken
/// from the handler's name, so renaming a method never renames a generated client's method.
/// </summary>
public static class ApiDescriptions
{
    /// <summary>
    /// Names and explains the operation: <paramref name="operationId"/> is its stable camelCase id
    /// (unique in the whole document, e.g. "investmentProjectsCreate"), <paramref name="summary"/> a
    /// short English title and <paramref name="description"/> what it does and answers.
    /// </summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string operationId, string summary, string description) =>
        builder.WithName(operationId).WithSummary(summary).WithDescription(description);

    /// <summary>
    /// Puts the endpoints under the tag <paramref name="name"/> and gives the tag its
    /// <paramref name="description"/>, which the document lists with the tag.
    /// </summary>
    public static TBuilder WithTag<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags(name).WithMetadata(new ApiTag(name, description));

    /// <summary>
    /// Declares that the endpoint may answer <paramref name="statusCode"/> with a problem document,
    /// for answers its handler's return type does not show (a 404 or 409 raised by a rule it calls).
    /// </summary>
    public static TBuilder AnswersProblem<TBuilder>(this TBuilder builder, params int[] statusCode)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCode)
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), [ProblemContentType]));
        return builder;
    }

    /// <summary>
    /// Declares the file a download endpoint answers (a workbook, a report), in one of
    /// <paramref name="contentTypes"/>, which its <c>TypedResults.File</c> result does not declare itself.
    /// </summary>
    public static RouteHandlerBuilder AnswersFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), contentTypes));

    /// <summary>The media type of an RFC 9457 problem document.</summary>
    public const string ProblemContentType = "application/problem+json";
}

/// <summary>A tag of the OpenAPI document and what its operations are about.</summary>
/// <param name="Name">The tag, as given to <c>WithTags</c>.</param>
/// <param name="Description">One or two English sentences on what the tagged operations serve.</param>
public sealed record ApiTag(string Name, string Description);
