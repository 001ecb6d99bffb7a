using System.Security.Claims;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Sessions;

/// <summary>
/// Starting, listing and ending sign-in sessions: for the API and the pages alike, for a user's own
/// sessions and for an admin ending all of someone's. Every end is dropped from
/// <see cref="SessionRegistry"/> at once.
/// </summary>
internal sealed class UserSessions(PlatformDbContext db, SessionRegistry registry, TimeProvider clock)
{
    internal sealed record SessionResponse(Guid Id, string Device, string Address, DateTime StartedAtUtc, DateTime LastSeenAtUtc, bool Current);

    /// <summary>
    /// Records a session for the browser of <paramref name="http"/> and gives it the cookie naming it;
    /// <paramref name="viaOrganisation"/> marks one begun at the organisation's provider.
    /// </summary>
    public async Task SignIn(HttpContext http, UserRecord user, CancellationToken ct, bool viaOrganisation = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            UserId = user.Id,
            Device = Cut(http.Request.Headers.UserAgent.ToString(), UserSession.DeviceLength),
            Address = Cut(http.Connection.RemoteIpAddress?.ToString() ?? "", UserSession.AddressLength),
            StartedAtUtc = now,
            LastSeenAtUtc = now,
        };
        // A session idle past the cookie's life can never be used again: tidy the user's away here.
        var idleSince = now - UserSession.IdleLimit;
        await db.InBulkTransaction(token => db.Sessions.Where(s => s.UserId == user.Id && s.LastSeenAtUtc < idleSince).ExecuteDeleteAsync(token), ct);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        await Issue(http, user, session.Id, viaOrganisation);
    }

    /// <summary>After a new password: this browser keeps its session (with a new cookie), every other one ends.</summary>
    public async Task KeepOnlyThis(HttpContext http, UserRecord user, CancellationToken ct)
    {
        var current = Of(http.User);
        await EndAll(user.Id, current, ct);
        if (current is { } session) await Issue(http, user, session, UserAccounts.IsViaOrganisation(http.User));
    }

    public async Task<IReadOnlyList<SessionResponse>> Of(Guid userId, Guid? current, CancellationToken ct)
    {
        var idleSince = clock.GetUtcNow().UtcDateTime - UserSession.IdleLimit;
        var rows = await db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.LastSeenAtUtc >= idleSince).ToListAsync(ct);
        return rows.OrderByDescending(s => s.Id == current).ThenByDescending(s => s.LastSeenAtUtc)
            .Select(s => new SessionResponse(s.Id, s.Device, s.Address, s.StartedAtUtc, s.LastSeenAtUtc, s.Id == current)).ToList();
    }

    /// <summary>Ends one of the user's own sessions; false when they have none by that id.</summary>
    public async Task<bool> End(Guid userId, Guid sessionId, CancellationToken ct)
    {
        var ended = 0;
        await db.InBulkTransaction(async token => ended = await db.Sessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteDeleteAsync(token), ct);
        registry.Forget(sessionId);
        return ended > 0;
    }

    /// <summary>Ends every session of the user but <paramref name="except"/>; answers how many ended.</summary>
    public async Task<int> EndAll(Guid userId, Guid? except, CancellationToken ct)
    {
        var ended = 0;
        await db.InBulkTransaction(async token => ended = await db.Sessions
            .Where(s => s.UserId == userId && s.Id != except).ExecuteDeleteAsync(token), ct);
        registry.ForgetUser(userId);
        return ended;
    }

    /// <summary>Signing out: the session ends in the store, not only the cookie in this browser.</summary>
    public async Task SignOut(HttpContext http, CancellationToken ct)
    {
        if (Of(http.User) is { } session && UserId(http.User) is { } userId) await End(userId, session, ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static Guid? Of(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(FederationClaims.Session), out var id) ? id : null;

    private static Guid? UserId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static Task Issue(HttpContext http, UserRecord user, Guid session, bool viaOrganisation) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            UserAccounts.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme, session, viaOrganisation));

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
