using Federation.Kernel.Identity;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Autofac;
using Federation.Platform.Identity;
using Federation.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Tokens;

/// <summary>
/// Authenticates "Authorization: Bearer fed_…" against the hashed tokens. The token table is
/// read on every request, not cached, so a revocation takes effect at once.
/// </summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ILifetimeScope scope,
    UserAccounts accounts,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";
    public const string TokenPrefix = "fed_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        // Read in a scope of its own, as the system: a DbContext from the request's scope would make
        // the request act as anonymous, fixed before this handler has said who it is.
        await using var lookup = scope.BeginSystemScope();
        var stored = await lookup.Resolve<PlatformDbContext>().ApiTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (stored is null || !stored.IsActive(now)) return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        var user = await accounts.Find(stored.UserId, Context.RequestAborted);
        if (user is null || user.Disabled) return AuthenticateResult.Fail("The token's user is disabled.");
        return AuthenticateResult.Success(new AuthenticationTicket(UserAccounts.Principal(user, SchemeName), SchemeName));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A fresh secret: 32 random bytes, URL-safe, after a prefix saying what it opens.</summary>
    public static string NewToken(string prefix = TokenPrefix) => prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
