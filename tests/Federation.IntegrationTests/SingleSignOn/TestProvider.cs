using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Federation.IntegrationTests.SingleSignOn;

/// <summary>A person the provider knows, with the roles it gives them.</summary>
public sealed record ProviderPerson(string UserName, string Name, string Email, params string[] Roles);

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server, its applications in a SQLite file of its own)
/// on Kestrel at a random loopback port: discovery, keys, the authorization-code flow with PKCE and
/// an end-session endpoint. Its login is a page that signs in whoever the test put at the desk
/// (<see cref="AtTheDesk"/>) with the provider's own cookie, so the provider's session outlives one
/// sign-in here, as a real one does.
/// </summary>
public sealed class TestProvider : IAsyncLifetime
{
    public const string ClientId = "federation";
    public const string ClientSecret = "provider-secret-for-tests-1";
    private const string LoginScheme = "provider-login";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "federation-tests", "provider_" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, ProviderPerson> people = new();
    private WebApplication? app;
    private int logins;
    private int endedSessions;

    /// <summary>Who the login page signs in next.</summary>
    public ProviderPerson? AtTheDesk { get; set; }

    public string Authority { get; private set; } = "";
    public int Logins => logins;
    public int EndedSessions => endedSessions;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = directory, EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite($"Data Source={Path.Combine(directory, "provider.db")}").UseOpenIddict());
        builder.Services.AddAuthentication(LoginScheme).AddCookie(LoginScheme, o => o.Cookie.Name = "provider.session");
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/end-session");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/login", Login);
        app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)Authorize);
        app.MapMethods("/connect/end-session", ["GET", "POST"], (Delegate)EndSession);
        await app.StartAsync();
        Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/";
        await Register();
    }

    /// <summary>This product as the provider's client, sent back to its handler's callbacks.</summary>
    private async Task Register()
    {
        await using var scope = app!.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri("https://localhost/signin-oidc") },
            PostLogoutRedirectUris = { new Uri("https://localhost/signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            },
        });
    }

    private IResult Login(HttpContext http, string returnUrl)
    {
        var person = AtTheDesk ?? throw new InvalidOperationException("The test put nobody at the provider's desk.");
        people[person.UserName] = person;
        Interlocked.Increment(ref logins);
        var identity = new ClaimsIdentity([new Claim(Claims.Subject, person.UserName)], LoginScheme);
        return Results.SignIn(new ClaimsPrincipal(identity), new AuthenticationProperties { RedirectUri = returnUrl }, LoginScheme);
    }

    private async Task<IResult> Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        var login = await http.AuthenticateAsync(LoginScheme);
        if (!login.Succeeded || !people.TryGetValue(login.Principal!.FindFirstValue(Claims.Subject)!, out var person))
            return Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "sub-" + person.UserName)
            .SetClaim(Claims.PreferredUsername, person.UserName)
            .SetClaim(Claims.Name, person.Name)
            .SetClaim(Claims.Email, person.Email)
            .SetClaims(Claims.Role, [.. person.Roles]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(LoginScheme);
        Interlocked.Increment(ref endedSessions);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* the temp folder is disposable */ }
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
