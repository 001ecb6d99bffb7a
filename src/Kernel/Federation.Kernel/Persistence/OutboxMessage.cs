namespace Federation.Kernel.Persistence;

/// <summary>An integration event waiting in a module's outbox, written in the same transaction as the change it reports.</summary>
[NotAudited]
public sealed class OutboxMessage
{
    /// <summary>Store-generated; gives the dispatch order within a module.</summary>
    public long Id { get; set; }
    public Guid EventId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? NextAttemptAtUtc { get; set; }
    public string? LastError { get; set; }
}

/// <summary>That one consumer has processed one event: the inbox row that makes redelivery harmless.</summary>
[NotAudited]
public sealed class InboxMessage
{
    public Guid EventId { get; set; }
    public required string Consumer { get; set; }
    public DateTime ProcessedAtUtc { get; set; }
}

/// <summary>Keeps an entity (the log itself, the outbox, the inbox) or a secret property (a password hash) out of the audit log.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>An entity updated with optimistic concurrency: a stale <see cref="Version"/> is a 409, never a lost update.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>An entity owned by one organisation; users see their organisation's subtree only.</summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; }
}
