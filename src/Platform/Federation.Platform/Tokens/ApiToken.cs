using Federation.Kernel.Persistence;

namespace Federation.Platform.Tokens;

/// <summary>A bearer token for an integrator; only its SHA-256 hash is kept.</summary>
internal sealed class ApiToken
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    [NotAudited]
    public required string TokenHash { get; set; }

    /// <summary>The first characters of the token, so people can tell their tokens apart.</summary>
    public required string Hint { get; set; }
    public DateTime CreatedAtUtc { get; set; } = DateTime.UtcNow;
    public DateTime? ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedAtUtc is null && (ExpiresAtUtc is null || ExpiresAtUtc > nowUtc);
}
