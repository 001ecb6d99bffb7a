using Federation.Kernel.Persistence;

namespace Federation.Platform.Calendar;

/// <summary>
/// A user's calendar feed link. The token is looked up by its SHA-256 hash; it is also kept
/// encrypted with the host's data-protection keys so that its owner can copy the link again.
/// </summary>
internal sealed class CalendarFeed : IOrganisationOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }

    /// <summary>The owner's organisation when the link was made, so the audit of the link is scoped like the user's other records.</summary>
    public Guid OrganisationId { get; set; }
    [NotAudited]
    public required string TokenHash { get; set; }
    [NotAudited]
    public required string ProtectedToken { get; set; }

    /// <summary>The first characters of the token, so people can tell their links apart.</summary>
    public required string Hint { get; set; }

    /// <summary>The language the feed is written in: "zh-CN" or "en".</summary>
    public required string Language { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }

    public bool IsActive => RevokedAtUtc is null;
}
