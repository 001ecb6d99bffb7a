using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Throttling;

/// <summary>
/// Per-account limits, taken inside the use cases: the account is in the request's body (sign-in)
/// or known only once the cookie is read (password change), both after the request limiter ran.
/// </summary>
internal sealed class AccountThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> signIns = PerKey(options.Value.SignInPerAccount, options.Value.Window);
    private readonly PartitionedRateLimiter<string> passwordChanges = PerKey(options.Value.PasswordChangePerAccount, options.Value.Window);

    /// <summary>Null when the attempt may go ahead, else how long to wait.</summary>
    public TimeSpan? SignIn(string userName) => Take(signIns, userName, options.Value.Window);

    public TimeSpan? PasswordChange(Guid userId) => Take(passwordChanges, userId.ToString(), options.Value.Window);

    internal static PartitionedRateLimiter<string> PerKey(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(permits, window)));

    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static TimeSpan? Take(PartitionedRateLimiter<string> limiter, string key, TimeSpan window)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : window;
    }

    public void Dispose()
    {
        signIns.Dispose();
        passwordChanges.Dispose();
    }
}
