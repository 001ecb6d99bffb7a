using Federation.Kernel.Persistence;

namespace Federation.Platform.Identity;

/// <summary>A person who signs in, or an integrator account that holds API tokens.</summary>
internal sealed class User : IVersioned, IOrganisationOwned
{
    public const int MaxFailedSignIns = 5;
    public const int NameLength = 50;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Stored lower-case: sign-in ignores case.</summary>
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>Optional; when set, reminders are also e-mailed here (see Notifications.ReminderMail).</summary>
    public string? Email { get; set; }
    [NotAudited]
    public required string PasswordHash { get; set; }
    public Guid OrganisationId { get; set; }
    public List<string> Roles { get; set; } = [];
    public bool Disabled { get; set; }
    // Sign-ins are audited as such (SignInAudit), with the real user rather than the anonymous request.
    [NotAudited]
    public int FailedSignIns { get; set; }
    [NotAudited]
    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>Changes on password reset, disabling or role change: older sign-in cookies stop working.</summary>
    [NotAudited]
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    /// <summary>
    /// Someone else chose the password (an admin creating or resetting the account, the first run
    /// printing it): until the user chooses their own, they can do nothing else (PasswordChangeRequired).
    /// </summary>
    [NotAudited]
    public bool MustChangePassword { get; set; }
    /// <summary>
    /// Recorded at a first sign-in through the organisation's provider (ADR 0035): disabled, with
    /// no roles, until an admin approves the account (UserAdministration.Approve).
    /// </summary>
    public bool AwaitingApproval { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; private set; } = DateTime.UtcNow;

    public bool IsLockedOut(DateTime nowUtc) => LockedUntilUtc is not null && LockedUntilUtc > nowUtc;

    /// <summary>Failures are counted by <see cref="SignInFailures"/>, in the database; a reset or a new password clears them here.</summary>
    public void RecordSignIn()
    {
        FailedSignIns = 0;
        LockedUntilUtc = null;
    }
}
