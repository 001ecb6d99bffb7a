using Federation.Kernel.Persistence;

namespace Federation.Platform.SignIns;

/// <summary>
/// Wrong passwords for one user name from one client address. The name is the one tried, known or
/// not, so a lock says nothing about whether the account exists; and a stranger's guesses lock
/// only their own address out, never the real user at theirs (issue 24).
/// </summary>
[NotAudited]
internal sealed class SignInLock
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    public required string UserName { get; init; }
    public required string Address { get; init; }
    public int Failures { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime LastFailureUtc { get; set; }
}
