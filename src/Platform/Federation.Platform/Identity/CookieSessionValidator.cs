using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Federation.Platform.Identity;

/// <summary>
/// Checks each cookie against the user's current record and its session row: a disabled user, a
/// reset password or an ended session refuses it, and role or organisation changes apply on the
/// next request.
/// </summary>
internal sealed class CookieSessionValidator(UserAccounts accounts, Sessions.SessionRegistry sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(FederationClaims.SecurityStamp);
        var user = Guid.TryParse(id, out var userId) ? await accounts.Find(userId, context.HttpContext.RequestAborted) : null;
        // A cookie from before sessions were recorded names none: it is refused like an ended one.
        var session = context.Principal is { } principal ? Sessions.UserSessions.Of(principal) : null;
        if (user is null || user.Disabled || user.SecurityStamp != stamp || session is null
            || !await sessions.Stands(session.Value, user.Id, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.ReplacePrincipal(UserAccounts.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme, session,
            UserAccounts.IsViaOrganisation(context.Principal!)));
    }

    // The API answers 401/403 as problem documents; only pages redirect to the sign-in page.
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request)) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request)) context.Response.StatusCode = StatusCodes.Status403Forbidden;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
