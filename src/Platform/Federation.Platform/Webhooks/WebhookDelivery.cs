using Federation.Kernel.Persistence;

namespace Federation.Platform.Webhooks;

/// <summary>Waiting to be sent (again), sent and acknowledged, or given up on after the retry period.</summary>
internal enum DeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>
/// One event for one subscription, queued in the same transaction as the inbox's "seen" mark, so
/// it exists exactly once. Deliveries of one record are sent in <see cref="Sequence"/> order: a later
/// one waits while an earlier one is still pending. The receiver deduplicates on <see cref="EventId"/>.
/// </summary>
[NotAudited]
internal sealed class WebhookDelivery
{
    public const int AnswerLength = 1000;

    /// <summary>The queue's order; deliveries of one record go out in it.</summary>
    public long Sequence { get; init; }
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SubscriptionId { get; init; }

    /// <summary>The integration event's id: the same for every subscription and every retry.</summary>
    public Guid EventId { get; init; }
    public required string EventType { get; init; }
    public required string RecordKey { get; init; }

    /// <summary>The exact JSON body posted, signed as it is.</summary>
    public required string Body { get; init; }
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>Retries stop <see cref="WebhookOptions.RetryFor"/> after this: the queueing, or an admin's replay.</summary>
    public DateTime RetryingSinceUtc { get; set; }

    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>A sender working on it holds it until then, so two hosts do not post it at once.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }
    public DateTime? DeliveredAtUtc { get; set; }
    public int? LastStatusCode { get; set; }
    public int? LastLatencyMs { get; set; }

    /// <summary>The start of the receiver's last answer, or why there was none (a timeout, a refused connection).</summary>
    public string? LastAnswer { get; set; }
}
