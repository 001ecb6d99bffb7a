using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Kernel.Http;

/// <summary>
/// Extensions a module uses when it maps its endpoints, so permission checks and request
/// validation answer the same way (403 or 400 naming the field) in every work line.
/// </summary>
public static class EndpointConventions
{
    /// <summary>Only users holding <paramref name="permission"/> reach the endpoint; others get 403 naming it, and a caller not signed in 401.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionPolicy.Prefix + permission).AnswersProblem(401, 403);

    /// <summary>
    /// Only users holding <paramref name="permission"/> in the top-level organisation reach the
    /// endpoint: whole-platform operations (backups, rebuilds) touch every organisation's data, so a
    /// branch's administrator gets 403 saying so.
    /// </summary>
    public static TBuilder RequireWholePlatform<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionPolicy.WholePlatformPrefix + permission).AnswersProblem(401, 403);

    /// <summary>Runs the request body's FluentValidation validator before the handler; failures are a 400 naming each field.</summary>
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) where TRequest : class =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
            if (request is null)
                return Results.Problem(statusCode: 400, title: "A request body is required.",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] } });
            var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
            var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
            if (result.IsValid) return await next(context);
            return Results.ValidationProblem(result.Errors
                .GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
        }).ProducesValidationProblem();
}

/// <summary>Authorization policies named "permission:&lt;key&gt;" are built on demand by the host.</summary>
public static class PermissionPolicy
{
    /// <summary>Goes before a permission key to name its policy, e.g. "permission:investment.write".</summary>
    public const string Prefix = "permission:";
    /// <summary>Goes before a permission key to name the policy that also asks for the top-level organisation.</summary>
    public const string WholePlatformPrefix = "whole-platform:";
    /// <summary>The type of the claims that carry the permissions a user holds.</summary>
    public const string ClaimType = "permission";
}
