using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Federation.Platform.SingleSignOn;

/// <summary>
/// The OpenID Connect scheme, added only when <see cref="SingleSignOnOptions.Authority"/> is set:
/// a remote scheme is asked on every request whether the path is its callback, so an unconfigured
/// one would fail every request rather than only sign-ins.
/// </summary>
internal static class SingleSignOnScheme
{
    public const string Name = "organisation";

    public static void Add(IServiceCollection services)
    {
        services.AddOptions<SingleSignOnOptions>().BindConfiguration(SingleSignOnOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<SingleSignOnOptions>>((auth, sso) =>
        {
            if (sso.Value.Enabled) auth.AddScheme<OpenIdConnectHandler>(Name, sso.Value.DisplayName);
        });
        services.AddOptions<OpenIdConnectOptions>(Name).Configure<IOptions<SingleSignOnOptions>>((o, sso) => Configure(o, sso.Value));
    }

    private static void Configure(OpenIdConnectOptions o, SingleSignOnOptions sso)
    {
        if (!sso.Enabled) return;
        o.Authority = sso.Authority;
        o.ClientId = sso.ClientId;
        o.ClientSecret = sso.ClientSecret;
        // A provider on this machine (a test, a gateway beside the host) may speak plain HTTP; any other must not.
        o.RequireHttpsMetadata = !Uri.TryCreate(sso.Authority, UriKind.Absolute, out var authority) || !authority.IsLoopback;
        o.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back on a top-level GET, which the correlation cookie survives in every browser.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.Scope.Clear();
        o.Scope.Add("openid");
        o.Scope.Add("profile");
        o.Scope.Add("email");
        if (!string.IsNullOrWhiteSpace(sso.RolesClaim)) o.Scope.Add("roles");
        // Claims keep the provider's own names, which is what UserClaim and RolesClaim are written in.
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        // The handler never issues the product's cookie itself: OrganisationSignIn does, through the session store.
        o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        o.SignOutScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        o.EventsType = typeof(SingleSignOnEvents);
    }
}
