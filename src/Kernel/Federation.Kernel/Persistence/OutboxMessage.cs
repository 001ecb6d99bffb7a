namespace Federation.Kernel.Persistence;

/// <summary>An integration event waiting in a module's outbox, written in the same transaction as the change it reports.</summary>
[NotAudited]
public sealed class OutboxMessage
{
    /// <summary>Store-generated; gives the dispatch order within a module.</summary>
    public long Id { get; set; }
    /// <summary>The event's <see cref="Messaging.IntegrationEvent.EventId"/>; unique, and the message id on the bus.</summary>
    public Guid EventId { get; set; }
    /// <summary>The event's full .NET type name, to read the payload back.</summary>
    public required string Type { get; set; }
    /// <summary>The event as JSON (<see cref="Messaging.EventJson.Options"/>).</summary>
    public required string Payload { get; set; }
    /// <summary>When the event happened.</summary>
    public DateTime OccurredAtUtc { get; set; }
    /// <summary>When the dispatcher delivered it to the bus; null while it waits.</summary>
    public DateTime? SentAtUtc { get; set; }
    /// <summary>How many deliveries have failed; each failure waits longer before the next.</summary>
    public int Attempts { get; set; }
    /// <summary>The earliest time to try again after a failed delivery; null when none has failed.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }
    /// <summary>Why the last delivery failed, for operators; cleared once it is sent.</summary>
    public string? LastError { get; set; }
}

/// <summary>That one consumer has processed one event: the inbox row that makes redelivery harmless.</summary>
[NotAudited]
public sealed class InboxMessage
{
    /// <summary>The event processed.</summary>
    public Guid EventId { get; set; }
    /// <summary>The handler that processed it (its full type name), so each subscriber of an event is tracked on its own.</summary>
    public required string Consumer { get; set; }
    /// <summary>When it was processed; written in the same transaction as the handler's change.</summary>
    public DateTime ProcessedAtUtc { get; set; }
}

/// <summary>Keeps an entity (the log itself, the outbox, the inbox) or a secret property (a password hash) out of the audit log.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>An entity updated with optimistic concurrency: a stale <see cref="Version"/> is a 409, never a lost update.</summary>
public interface IVersioned
{
    /// <summary>1 for a new entity, plus one for every save that changes it or its children. The context sets it; a use case only checks it (<see cref="ModuleDbContext.ExpectVersion{T}(T, int)"/>).</summary>
    int Version { get; set; }
}

/// <summary>An entity owned by one organisation; users see their organisation's subtree only.</summary>
public interface IOrganisationOwned
{
    /// <summary>The owning organisation; queries filter on it with <see cref="Identity.OrganisationScope.VisibleTo"/>.</summary>
    Guid OrganisationId { get; }
}
