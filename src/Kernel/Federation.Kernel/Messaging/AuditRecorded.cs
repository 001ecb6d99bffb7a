namespace Federation.Kernel.Messaging;

/// <summary>
/// Written to a module's outbox by every SaveChanges that changes data, so the audit log
/// receives each committed write exactly once in effect, whichever module made it.
/// </summary>
public sealed record AuditRecorded(
    string Module,
    Guid? UserId,
    string UserName,
    IReadOnlyList<AuditedChange> Changes) : IntegrationEvent;

/// <summary>
/// One entity's change: <paramref name="Action"/> is Added, Modified or Deleted; values are JSON.
/// <paramref name="OrganisationId"/> is the owning organisation, so the log can be read by subtree.
/// </summary>
public sealed record AuditedChange(string EntityType, string EntityId, string Action, string ChangesJson, Guid? OrganisationId = null);
