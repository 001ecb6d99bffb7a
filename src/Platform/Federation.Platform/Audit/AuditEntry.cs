using Federation.Kernel.Persistence;

namespace Federation.Platform.Audit;

/// <summary>One entity changed by one write: who, when, which module, what changed.</summary>
[NotAudited]
internal sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The AuditRecorded event this entry came from.</summary>
    public Guid EventId { get; set; }
    public required string Module { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }
    public required string Changes { get; set; }
    /// <summary>The organisation owning the changed record; null for platform-wide records, which only the root reads.</summary>
    public Guid? OrganisationId { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime AtUtc { get; set; }
}
