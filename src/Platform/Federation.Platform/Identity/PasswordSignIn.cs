using Federation.Platform.Audit;
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
        if (user is null || user.Disabled || user.IsLockedOut(now) || !Passwords.Verify(user.PasswordHash, password))
        {
            if (user is not null && !user.Disabled && !user.IsLockedOut(now)) user.RecordFailedSignIn(now);
            db.AuditEntries.Add(SignInAudit.Failed(user?.Id, user?.UserName ?? name, user?.OrganisationId, now));
            await db.SaveChangesAsync(ct);
            return new Outcome(null, user is not null && !user.Disabled && user.IsLockedOut(now) ? user.LockedUntilUtc : null);
        }
        user.RecordSignIn();
        db.AuditEntries.Add(SignInAudit.Succeeded(user.Id, user.UserName, user.OrganisationId, now));
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        return new Outcome(UserRecord.From(user), null);
    }
}
