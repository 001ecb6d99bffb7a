using Federation.Kernel.Persistence;

namespace Federation.Platform.Notifications;

/// <summary>Why a user was told: ahead of the due date, past it, as the leadership over those responsible, @mentioned in a comment, or their webhook paused.</summary>
internal enum NotificationKind
{
    Reminder,
    Overdue,
    Escalation,
    Mention,
    WebhookPaused,
}

/// <summary>
/// One in-app notice to one user about one due item. The reminder job writes each (user, item,
/// kind, due date) at most once, which the unique index guarantees even across restarts; a new
/// due date is a new reminder. Notices are the platform's own bookkeeping, so they are not audited.
/// </summary>
[NotAudited]
internal sealed class Notification
{
    public long Id { get; init; }
    public Guid UserId { get; init; }
    public required string ItemKey { get; init; }
    public NotificationKind Kind { get; init; }
    public DateOnly DueOn { get; init; }
    public Guid OrganisationId { get; init; }
    public required string TitleZh { get; init; }
    public required string TitleEn { get; init; }
    public required string Link { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? ReadAtUtc { get; set; }

    /// <summary>When it was sent by e-mail; null while unsent or when e-mail is off.</summary>
    public DateTime? EmailedAtUtc { get; set; }

    public string Title(System.Globalization.CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? TitleZh : TitleEn;
}
