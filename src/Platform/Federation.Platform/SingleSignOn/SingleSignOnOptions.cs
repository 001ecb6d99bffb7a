namespace Federation.Platform.SingleSignOn;

/// <summary>
/// Configuration section <c>SingleSignOn</c>: signing in with the organisation's OpenID Connect
/// provider (ADR 0035). Off while <see cref="Authority"/> is empty.
/// </summary>
internal sealed class SingleSignOnOptions
{
    public const string Section = "SingleSignOn";

    /// <summary>The provider's issuer address; its discovery document is read from there.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The text of the sign-in page's button; the localised default when empty.</summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// The claim that names the user here: <c>email</c> is matched to the user's e-mail address,
    /// any other claim (by default <c>preferred_username</c>) to the user name.
    /// </summary>
    public string UserClaim { get; set; } = "preferred_username";

    /// <summary>When set, the provider decides the roles: this claim's values, through <see cref="RoleMap"/>, at every sign-in.</summary>
    public string? RolesClaim { get; set; }

    /// <summary>The provider's role → this product's role key. A provider role not named here gives no role.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>False: a person the provider knows but this product does not is refused. True: they are recorded, awaiting an admin's approval.</summary>
    public bool CreateUnknownUsers { get; set; }

    /// <summary>Where created users belong; the root organisation when empty or unknown.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>False hides the password form and refuses the password API, but only while single sign-on is on.</summary>
    public bool PasswordSignIn { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Without a provider nobody could sign in, so the password stays on whatever the setting says.</summary>
    public bool PasswordSignInAllowed => PasswordSignIn || !Enabled;

    public bool MatchesEmail => string.Equals(UserClaim, "email", StringComparison.OrdinalIgnoreCase);
}
