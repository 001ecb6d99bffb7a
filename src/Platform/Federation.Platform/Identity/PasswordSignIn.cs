using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>
/// Checks a user name and password, counting failures towards the lockout. Shared by the
/// sign-in page and the sign-in API so both lock out the same way.
/// </summary>
internal sealed class PasswordSignIn(PlatformDbContext db, UserAccounts accounts, TimeProvider clock)
{
    internal sealed record Outcome(UserRecord? User, DateTime? LockedUntilUtc);

    public async Task<Outcome> Attempt(string? userName, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return new Outcome(null, null);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = userName.Trim().ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null || user.Disabled) return new Outcome(null, null);
        if (user.IsLockedOut(now)) return new Outcome(null, user.LockedUntilUtc);
        if (!Passwords.Verify(user.PasswordHash, password))
        {
            user.RecordFailedSignIn(now);
            await db.SaveChangesAsync(ct);
            return new Outcome(null, user.IsLockedOut(now) ? user.LockedUntilUtc : null);
        }
        if (user.FailedSignIns > 0 || user.LockedUntilUtc is not null)
        {
            user.RecordSignIn();
            await db.SaveChangesAsync(ct);
        }
        accounts.Forget(user.Id);
        return new Outcome(UserRecord.From(user), null);
    }
}
