using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;

namespace Federation.Platform.Identity;

/// <summary>
/// Builds "permission:&lt;key&gt;" policies on demand (signed in, and holding that permission) and
/// "whole-platform:&lt;key&gt;" ones, which also ask for a user of the top-level organisation.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(PermissionPolicy.WholePlatformPrefix, StringComparison.Ordinal))
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[PermissionPolicy.WholePlatformPrefix.Length..]), new TopLevelRequirement())
                .Build();
        if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[PermissionPolicy.Prefix.Length..]))
            .Build();
    }
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>The user belongs to the top-level organisation, whose subtree is every organisation.</summary>
internal sealed record TopLevelRequirement : IAuthorizationRequirement;

internal sealed class TopLevelHandler(ICurrentUser user) : AuthorizationHandler<TopLevelRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TopLevelRequirement requirement)
    {
        if (user.SeesEverything) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

internal sealed class PermissionHandler(ICurrentUser user) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (user.HasPermission(requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Answers a refused API call with a problem document: 401 when not signed in, 403 naming the missing permission.</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded && PasswordChangeRequired.Holds(context))
        {
            await PasswordChangeRequired.Answer(context, problems);
            return;
        }
        var failed = result.AuthorizationFailure?.FailedRequirements.ToList() ?? [];
        var missing = failed.OfType<PermissionRequirement>().Select(r => r.Permission).FirstOrDefault()
            ?? (failed.Count == 0 ? policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission).FirstOrDefault() : null);
        var topLevelOnly = missing is null && failed.OfType<TopLevelRequirement>().Any();
        if (!context.Request.Path.StartsWithSegments("/api") || result.Succeeded)
        {
            // Pages: a signed-in user without the permission sees the 403 page that names it.
            if (result.Forbidden && !context.Request.Path.StartsWithSegments("/api"))
                context.Response.Redirect(topLevelOnly ? "/forbidden?wholePlatform=true" : $"/forbidden?permission={Uri.EscapeDataString(missing ?? "")}");
            else
                await fallback.HandleAsync(next, context, policy, result);
            return;
        }
        var (status, title) = result.Challenged
            ? (StatusCodes.Status401Unauthorized, "Sign in, or send an API token.")
            : (StatusCodes.Status403Forbidden, topLevelOnly ? "Only an administrator of the top-level organisation may do this: it touches every organisation's data."
                : missing is null ? "You may not do this." : $"This needs the permission '{missing}'.");
        context.Response.StatusCode = status;
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title };
        if (missing is not null && result.Forbidden) details.Extensions["missingPermission"] = missing;
        if (topLevelOnly && result.Forbidden) details.Extensions["requiresTopLevelOrganisation"] = true;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
