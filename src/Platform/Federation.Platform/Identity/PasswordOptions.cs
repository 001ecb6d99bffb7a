namespace Federation.Platform.Identity;

/// <summary>Configuration section <c>Passwords</c>.</summary>
internal sealed class PasswordOptions
{
    public const string Section = "Passwords";

    /// <summary>
    /// A password an admin sets (a new account, a reset) must be replaced by its user at the next
    /// sign-in. On by default; a deployment that hands out accounts by another channel may turn it off.
    /// </summary>
    public bool TemporaryMustBeChanged { get; set; } = true;
}
