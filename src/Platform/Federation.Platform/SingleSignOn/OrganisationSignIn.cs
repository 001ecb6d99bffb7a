using System.Security.Claims;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.SignIns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.SingleSignOn;

/// <summary>
/// Who a person the organisation's provider vouched for is here: the user named by the configured
/// claim, with the provider's roles when it decides them, or a refusal. The provider checked the
/// password, so no lockout counts here; every attempt is logged like a password sign-in.
/// </summary>
internal sealed class OrganisationSignIn(
    PlatformDbContext db, UserAccounts accounts, Roles roles, OrganisationTree tree, IOptions<SingleSignOnOptions> options, TimeProvider clock)
{
    internal enum Refusal
    {
        /// <summary>The provider sent no value in the configured claim.</summary>
        Unnamed,
        Unknown,
        AwaitingApproval,
        Disabled,
    }

    internal sealed record Outcome(UserRecord? User, Refusal? Refused);

    public async Task<Outcome> Attempt(ClaimsPrincipal provided, SignInClient client, CancellationToken ct)
    {
        var sso = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var name = provided.FindFirst(sso.UserClaim)?.Value.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name)) return await Refuse(null, "", client, SignInOutcome.UnknownUser, Refusal.Unnamed, now, ct);
        var user = sso.MatchesEmail
            ? await db.Users.FirstOrDefaultAsync(u => u.Email != null && u.Email.ToLower() == name, ct)
            : await db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null)
        {
            if (!sso.CreateUnknownUsers || await Pending(provided, name, sso, ct) is not { } created)
                return await Refuse(null, name, client, SignInOutcome.UnknownUser, Refusal.Unknown, now, ct);
            db.Users.Add(created);
            return await Refuse(created, name, client, SignInOutcome.AwaitingApproval, Refusal.AwaitingApproval, now, ct);
        }
        if (user.AwaitingApproval) return await Refuse(user, name, client, SignInOutcome.AwaitingApproval, Refusal.AwaitingApproval, now, ct);
        if (user.Disabled) return await Refuse(user, name, client, SignInOutcome.Disabled, Refusal.Disabled, now, ct);
        if (!string.IsNullOrWhiteSpace(sso.RolesClaim)) TakeRoles(user, provided, sso);
        SignInEntries.Add(db, user, name, client, SignInOutcome.SignedIn, now);
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        return new Outcome(UserRecord.From(user), null);
    }

    private async Task<Outcome> Refuse(User? user, string name, SignInClient client, SignInOutcome outcome, Refusal refusal, DateTime now,
        CancellationToken ct)
    {
        SignInEntries.Add(db, user, name, client, outcome, now);
        await db.SaveChangesAsync(ct);
        return new Outcome(null, refusal);
    }

    /// <summary>
    /// The provider's roles, through the map, replace the user's: it decides them (ADR 0035). A change
    /// ends the user's other sessions, as an admin's role change does.
    /// </summary>
    private void TakeRoles(User user, ClaimsPrincipal provided, SingleSignOnOptions sso)
    {
        var mapped = provided.FindAll(sso.RolesClaim!)
            .Select(c => sso.RoleMap.GetValueOrDefault(c.Value))
            .Where(roles.Exists).Select(r => r!).Distinct().Order().ToList();
        if (user.Roles.Order().SequenceEqual(mapped)) return;
        user.Roles = mapped;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>
    /// A new account awaiting approval: disabled, no roles, an unusable password. Null when the name
    /// cannot be a user name here (too long, or in e-mail mode already some other user's name).
    /// </summary>
    private async Task<User?> Pending(ClaimsPrincipal provided, string name, SingleSignOnOptions sso, CancellationToken ct)
    {
        if (name.Length > User.NameLength) return null;
        if (sso.MatchesEmail && await db.Users.AnyAsync(u => u.UserName == name, ct)) return null;
        var displayName = provided.FindFirst("name")?.Value.Trim() is { Length: > 0 } full ? full : name;
        var email = EmailAddresses.Normalise(provided.FindFirst("email")?.Value);
        return new User
        {
            UserName = name,
            DisplayName = displayName.Length <= 100 ? displayName : displayName[..100],
            Email = EmailAddresses.IsValidOrBlank(email) && email?.Length <= EmailAddresses.MaxLength ? email : null,
            PasswordHash = Passwords.Hash(Passwords.Generate()),
            OrganisationId = await Home(sso, ct),
            Disabled = true,
            AwaitingApproval = true,
        };
    }

    private async Task<Guid> Home(SingleSignOnOptions sso, CancellationToken ct)
    {
        var snapshot = await tree.Get(ct);
        return sso.OrganisationId is { } id && snapshot.Find(id) is not null ? id : snapshot.Nodes.First(n => n.ParentId is null).Id;
    }
}
