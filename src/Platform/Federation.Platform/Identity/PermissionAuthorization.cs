using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;

namespace Federation.Platform.Identity;

/// <summary>Builds "permission:&lt;key&gt;" policies on demand: signed in, and holding that permission.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[PermissionPolicy.Prefix.Length..]))
            .Build();
    }
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

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
        var missing = policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission).FirstOrDefault();
        if (!context.Request.Path.StartsWithSegments("/api") || result.Succeeded)
        {
            // Pages: a signed-in user without the permission sees the 403 page that names it.
            if (result.Forbidden && !context.Request.Path.StartsWithSegments("/api"))
                context.Response.Redirect($"/forbidden?permission={Uri.EscapeDataString(missing ?? "")}");
            else
                await fallback.HandleAsync(next, context, policy, result);
            return;
        }
        var (status, title) = result.Challenged
            ? (StatusCodes.Status401Unauthorized, "Sign in, or send an API token.")
            : (StatusCodes.Status403Forbidden, missing is null ? "You may not do this." : $"This needs the permission '{missing}'.");
        context.Response.StatusCode = status;
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title };
        if (missing is not null && result.Forbidden) details.Extensions["missingPermission"] = missing;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
