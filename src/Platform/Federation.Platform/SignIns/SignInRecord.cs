using Federation.Kernel.Persistence;

namespace Federation.Platform.SignIns;

/// <summary>How one attempt to sign in ended, with a password or through the organisation's provider.</summary>
internal enum SignInOutcome
{
    SignedIn,
    WrongPassword,
    UnknownUser,
    Disabled,
    Locked,
    /// <summary>Signed in at the organisation's provider, but recorded here only awaiting an admin's approval.</summary>
    AwaitingApproval,
}

/// <summary>
/// One attempt to sign in, for the admins' sign-in log: who (or the name tried), from where, with
/// which browser, how it ended. Kept for <see cref="SignInLogOptions.RetentionDays"/>.
/// </summary>
[NotAudited]
internal sealed class SignInRecord
{
    public const int NameLength = 50;
    public const int AddressLength = 45;
    public const int DeviceLength = 300;

    public long Id { get; set; }
    public DateTime AtUtc { get; init; }
    public Guid? UserId { get; init; }
    public required string UserName { get; init; }
    /// <summary>The user's organisation, so a branch's admin reads its own users' sign-ins; null for a name nobody has.</summary>
    public Guid? OrganisationId { get; init; }
    public required string Address { get; init; }
    public required string Device { get; init; }
    public SignInOutcome Outcome { get; init; }
}
