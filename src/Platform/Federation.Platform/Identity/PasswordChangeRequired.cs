using Federation.Platform.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Platform.Identity;

/// <summary>Marks what a user whose password must be changed may still reach: the change itself and signing out.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class AllowedBeforePasswordChangeAttribute : Attribute;

/// <summary>
/// Holds a user signed in with a password someone else chose (User.MustChangePassword) to changing
/// it: every page sends them to the password page, the API answers 403 <see cref="Code"/>. Asked by
/// the authorization result handler, so it covers every endpoint that needs a signed-in user, in
/// every module, without each one knowing.
/// </summary>
internal static class PasswordChangeRequired
{
    public const string Code = "password.change-required";
    public const string PagePath = "/account/password";

    public static bool Holds(HttpContext http) =>
        http.User.HasClaim(FederationClaims.PasswordChangeRequired, "true")
        && http.GetEndpoint()?.Metadata.GetMetadata<AllowedBeforePasswordChangeAttribute>() is null;

    public static async Task Answer(HttpContext http, IProblemDetailsService problems)
    {
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.Redirect(PagePath);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Type = Code,
            Title = "Change your password first: it was set by someone else.",
            Detail = PlatformText.Get("PasswordChangeRequired"),
            Extensions = { ["code"] = Code },
        };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details });
    }
}
