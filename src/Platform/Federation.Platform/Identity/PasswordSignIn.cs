using Federation.Platform.Audit;
using Federation.Platform.Data;
using Federation.Platform.Throttling;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>
/// Checks a user name and password, counting failures towards the lockout. Shared by the
/// sign-in page and the sign-in API so both lock out and throttle the same way.
/// </summary>
internal sealed class PasswordSignIn(PlatformDbContext db, UserAccounts accounts, SignInFailures failures, AccountThrottle throttle, TimeProvider clock)
{
    /// <summary>A signed-in user, or why not: locked until a time, or too many attempts (wait <see cref="RetryAfter"/>).</summary>
    internal sealed record Outcome(UserRecord? User, DateTime? LockedUntilUtc, TimeSpan? RetryAfter = null);

    public async Task<Outcome> Attempt(string? userName, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return new Outcome(null, null);
        var name = userName.Trim().ToLowerInvariant();
        if (throttle.SignIn(name) is { } wait) return new Outcome(null, null, wait);
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null || user.Disabled)
        {
            await Audit(SignInAudit.Failed(user?.Id, user?.UserName ?? name, user?.OrganisationId, now), ct);
            return new Outcome(null, null);
        }
        // The lock is read before the password is checked, and a refused attempt still counts, so
        // the count equals the wrong attempts whichever way parallel guesses interleave.
        if (user.IsLockedOut(now) || !Passwords.Verify(user.PasswordHash, password))
        {
            var lockedUntil = await failures.Count(user.Id, ct);
            await Audit(SignInAudit.Failed(user.Id, user.UserName, user.OrganisationId, now), ct);
            return new Outcome(null, lockedUntil);
        }
        await failures.Clear(user.Id, ct);
        await Audit(SignInAudit.Succeeded(user.Id, user.UserName, user.OrganisationId, now), ct);
        accounts.Forget(user.Id);
        return new Outcome(UserRecord.From(user), null);
    }

    private async Task Audit(AuditEntry entry, CancellationToken ct)
    {
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
    }
}
