using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Federation.Platform.Throttling;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>
/// A user changes their own password, from the API or the page. A wrong current password counts
/// towards the same lockout as a wrong sign-in, so a stolen session cannot be used to guess it.
/// </summary>
internal sealed class PasswordChange(
    PlatformDbContext db, ICurrentUser current, UserAccounts accounts, SignInFailures failures, AccountThrottle throttle, TimeProvider clock)
{
    /// <summary>Why the change was refused: the field, the message and, for a lock or the rate limit (<see cref="Throttled"/>), how long to wait.</summary>
    internal sealed record Refusal(string Field, string Message, TimeSpan? RetryAfter = null, bool Throttled = false);

    internal sealed record Outcome(UserRecord? Changed, Refusal? Refused);

    public async Task<Outcome> Change(string? currentPassword, string? newPassword, CancellationToken ct)
    {
        var userId = current.UserId!.Value;
        if (throttle.PasswordChange(userId) is { } wait)
            return new Outcome(null, new Refusal("currentPassword",
                string.Format(PlatformText.Get("TooManyAttempts"), TooManyAttempts.Seconds(wait)), wait, Throttled: true));
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        if (user.IsLockedOut(now)) return Locked(user.LockedUntilUtc!.Value, now);
        if (string.IsNullOrEmpty(currentPassword) || !Passwords.Verify(user.PasswordHash, currentPassword))
        {
            return await failures.Count(userId, ct) is { } until
                ? Locked(until, now)
                : Refuse("currentPassword", PlatformText.Get("CurrentPasswordWrong"));
        }
        if (Passwords.Weakness(newPassword, user.UserName) is { } weakness) return Refuse("newPassword", weakness);
        user.PasswordHash = Passwords.Hash(newPassword!);
        user.MustChangePassword = false;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.RecordSignIn();
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        return new Outcome(UserRecord.From(user), null);
    }

    private static Outcome Locked(DateTime until, DateTime now) =>
        Refuse("currentPassword", string.Format(PlatformText.Get("LockedOut"), Kernel.Web.Display.ChinaTime(until)), until - now);

    private static Outcome Refuse(string field, string message, TimeSpan? retryAfter = null) => new(null, new Refusal(field, message, retryAfter));
}
