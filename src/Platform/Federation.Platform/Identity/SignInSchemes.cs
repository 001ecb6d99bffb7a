using Federation.Platform.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Platform.Identity;

/// <summary>
/// How a request says who it is: a browser by the session cookie, an integrator by an API token
/// ("Authorization: Bearer fed_…"); and how permissions are checked and refusals answered.
/// </summary>
internal static class SignInSchemes
{
    /// <summary>Picks the token handler for a bearer header and the cookie otherwise.</summary>
    public const string CookieOrToken = "CookieOrToken";

    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication(CookieOrToken)
            .AddPolicyScheme(CookieOrToken, CookieOrToken, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "federation.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.LoginPath = "/sign-in";
                o.AccessDeniedPath = "/forbidden";
                o.EventsType = typeof(CookieSessionValidator);
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<IAuthorizationHandler, TopLevelHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
    }
}
