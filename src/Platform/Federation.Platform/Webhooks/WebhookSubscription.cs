using Federation.Kernel.Persistence;

namespace Federation.Platform.Webhooks;

/// <summary>
/// An integrator's receiver: the HTTPS address the platform posts to, the event types it asked for,
/// and the secret both sides sign with. It receives the events of its organisation's subtree only.
/// After <see cref="WebhookOptions.PauseAfterFailures"/> failed attempts in a row it is paused and
/// its owner told; nothing queued meanwhile is lost, it is sent once an admin resumes it.
/// </summary>
internal sealed class WebhookSubscription : IOrganisationOwned, IVersioned
{
    public const int UrlLength = 500;
    public const int DescriptionLength = 200;

    /// <summary>The data-protection purpose the signing secrets are encrypted under.</summary>
    public const string SecretPurpose = "Federation.Platform.Webhooks";

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Url { get; set; }
    public required string Description { get; set; }

    /// <summary>The event type keys, space-separated (each is a dotted key without spaces).</summary>
    public required string EventTypes { get; set; }

    /// <summary>The signing secret, encrypted with the key ring (which never lives in the database).</summary>
    [NotAudited]
    public required string ProtectedSecret { get; set; }

    public Guid OwnerId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PausedAtUtc { get; set; }

    /// <summary>Failed attempts since the last success; reaching the limit pauses the subscription.</summary>
    [NotAudited]
    public int FailuresInARow { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<string> Types => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsPaused => PausedAtUtc is not null;
}
