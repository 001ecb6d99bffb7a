namespace Federation.Platform.Webhooks;

/// <summary>How webhooks are delivered ("Webhooks" in appsettings; docs/operations.md).</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Whether plain http:// receivers are allowed (a closed government network, a test); https only by default.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>How long a receiver has to answer one post.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="LongestWait"/>.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan LongestWait { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a delivery is retried before it is marked failed.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Failed attempts in a row after which the subscription is paused and its owner told.</summary>
    public int PauseAfterFailures { get; set; } = 50;

    /// <summary>How often the sender looks for due retries when nothing new was queued.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(2);
}
