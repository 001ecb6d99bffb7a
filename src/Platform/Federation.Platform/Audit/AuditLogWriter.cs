using Federation.Platform.Data;
using Federation.Kernel.Messaging;

namespace Federation.Platform.Audit;

/// <summary>Turns each module's AuditRecorded event into rows of the audit log.</summary>
// Its inbox rows and broker queue keep the name it had in the host, so nothing already delivered is processed twice.
[MessagingName("Federation.Host.Audit.AuditLogWriter")]
internal sealed class AuditLogWriter(PlatformDbContext db) : IIntegrationEventHandler<AuditRecorded>
{
    public Task Handle(AuditRecorded audit, CancellationToken cancellationToken)
    {
        foreach (var change in audit.Changes)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                EventId = audit.EventId,
                Module = audit.Module,
                EntityType = change.EntityType,
                EntityId = change.EntityId,
                Action = change.Action,
                Changes = change.ChangesJson,
                OrganisationId = change.OrganisationId,
                UserId = audit.UserId,
                UserName = audit.UserName,
                AtUtc = audit.OccurredAtUtc,
            });
        }
        return Task.CompletedTask;
    }
}
