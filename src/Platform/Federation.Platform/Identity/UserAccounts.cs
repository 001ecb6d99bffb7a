using Federation.Kernel.Identity;
using System.Collections.Concurrent;
using System.Security.Claims;
using Autofac;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>
/// Builds the principal of a user from their current record. Records are cached briefly
/// because every request needs one; admin changes made here drop the cached copy at once.
/// </summary>
internal sealed class UserAccounts(ILifetimeScope scope, TimeProvider clock)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Guid, (UserRecord Record, DateTime LoadedAt)> cache = new();

    public async Task<UserRecord?> Find(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (cache.TryGetValue(id, out var hit) && now - hit.LoadedAt < CacheFor) return hit.Record;
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            cache.TryRemove(id, out _);
            return null;
        }
        var record = UserRecord.From(user);
        cache[id] = (record, now);
        return record;
    }

    public void Forget(Guid id) => cache.TryRemove(id, out _);

    /// <summary>
    /// A cookie's principal names its <paramref name="session"/>; a token's has none. A session begun
    /// at the organisation's provider (<paramref name="viaOrganisation"/>) did not use the password,
    /// so a password chosen by someone else does not hold it up.
    /// </summary>
    public static ClaimsPrincipal Principal(UserRecord user, string scheme, Guid? session = null, bool viaOrganisation = false)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(FederationClaims.Organisation, user.OrganisationId.ToString()),
            new(FederationClaims.SecurityStamp, user.SecurityStamp),
        };
        if (session is { } id) claims.Add(new Claim(FederationClaims.Session, id.ToString()));
        // Only a browser's session is held to the change: a token never signs in with the password.
        if (session is not null && viaOrganisation) claims.Add(new Claim(FederationClaims.ViaOrganisation, "true"));
        else if (session is not null && user.MustChangePassword) claims.Add(new Claim(FederationClaims.PasswordChangeRequired, "true"));
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static bool IsViaOrganisation(ClaimsPrincipal principal) => principal.HasClaim(FederationClaims.ViaOrganisation, "true");
}

/// <summary>What authentication needs to know of a user.</summary>
internal sealed record UserRecord(Guid Id, string UserName, string DisplayName, Guid OrganisationId,
    IReadOnlyList<string> Roles, bool Disabled, string SecurityStamp, bool MustChangePassword = false)
{
    public static UserRecord From(User u) =>
        new(u.Id, u.UserName, u.DisplayName, u.OrganisationId, u.Roles.ToList(), u.Disabled, u.SecurityStamp, u.MustChangePassword);
}
