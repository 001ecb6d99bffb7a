using Federation.Host.Platform;
using Federation.Kernel.Messaging;

namespace Federation.Host.Audit;

/// <summary>Turns each module's AuditRecorded event into rows of the audit log.</summary>
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
