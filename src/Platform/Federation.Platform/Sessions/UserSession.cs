using Federation.Kernel.Persistence;

namespace Federation.Platform.Sessions;

/// <summary>
/// One signed-in browser. The cookie carries only its id: ending the row ends the cookie, however
/// it was copied (issue 24: a copied cookie kept working for ten hours after signing out).
/// Signing in and ending sessions are audited as such (SignInAudit), not row by row.
/// </summary>
[NotAudited]
internal sealed class UserSession
{
    public const int DeviceLength = 300;
    public const int AddressLength = 45;

    /// <summary>As long as the cookie lives without a request; a session idle longer is over.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(10);

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    /// <summary>The browser's User-Agent, cut to fit: what the user recognises their device by.</summary>
    public required string Device { get; init; }
    public required string Address { get; init; }
    public DateTime StartedAtUtc { get; init; }
    public DateTime LastSeenAtUtc { get; set; }

    public bool IsOver(DateTime nowUtc) => nowUtc - LastSeenAtUtc > IdleLimit;
}
