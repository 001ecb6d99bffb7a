namespace Federation.Platform.Throttling;

/// <summary>
/// How many attempts a client address, an account or an API token gets per window before it is
/// answered 429 (section <c>RateLimits</c>; README's configuration table, docs/security.md).
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    public int SignInPerAddress { get; set; } = 20;
    public int SignInPerAccount { get; set; } = 10;
    public int PasswordChangePerAddress { get; set; } = 10;
    public int PasswordChangePerAccount { get; set; } = 5;
    public int TokenRequestsPerAddress { get; set; } = 600;
    public int TokenRequestsPerToken { get; set; } = 300;
}
