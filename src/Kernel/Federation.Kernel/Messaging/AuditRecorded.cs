namespace Federation.Kernel.Messaging;

/// <summary>
/// Written to a module's outbox by every SaveChanges that changes data, so the audit log
/// receives each committed write exactly once in effect, whichever module made it.
/// </summary>
/// <param name="Module">The module that made the change.</param>
/// <param name="UserId">Who made it; null for the system.</param>
/// <param name="UserName">Who made it, by user name.</param>
/// <param name="Changes">Every entity the save added, modified or deleted.</param>
public sealed record AuditRecorded(
    string Module,
    Guid? UserId,
    string UserName,
    IReadOnlyList<AuditedChange> Changes) : IntegrationEvent;

/// <summary>
/// One entity's change: <paramref name="Action"/> is Added, Modified or Deleted; values are JSON.
/// <paramref name="OrganisationId"/> is the owning organisation, so the log can be read by subtree.
/// </summary>
/// <param name="EntityType">The entity's type name.</param>
/// <param name="EntityId">The entity's key as text (parts joined by "/").</param>
/// <param name="Action">Added, Modified or Deleted.</param>
/// <param name="ChangesJson">The values written or removed, or for a modification each changed property's from and to, as JSON.</param>
/// <param name="OrganisationId">The owning organisation, when the entity or its aggregate has one.</param>
public sealed record AuditedChange(string EntityType, string EntityId, string Action, string ChangesJson, Guid? OrganisationId = null);
