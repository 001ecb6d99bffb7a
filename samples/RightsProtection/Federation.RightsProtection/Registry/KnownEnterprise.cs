using Federation.Enterprises.Contracts;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.RightsProtection.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.RightsProtection.Registry;

/// <summary>
/// This module's own copy of the enterprise registry, fed by Enterprise services' events, so a
/// case can name a related enterprise without reading another module's tables. Not audited:
/// Enterprise services audits the enterprise itself.
/// </summary>
[NotAudited]
internal sealed class KnownEnterprise : EnterpriseCopy;

/// <summary>
/// Keeps the newest snapshot of each enterprise, whatever the order or number of deliveries, and
/// carries a rename to the cases that name the enterprise.
/// </summary>
internal sealed class EnterpriseCopyWriter(RightsDbContext db) : IIntegrationEventHandler<EnterpriseChanged>
{
    public async Task Handle(EnterpriseChanged changed, CancellationToken ct)
    {
        var e = changed.Enterprise;
        var known = await db.Enterprises.Keep(changed, ct);
        if (known is null) return;
        // A case keeps the name it was recorded with when the enterprise leaves the registry.
        if (changed.Removed) return;
        foreach (var rightsCase in await db.Cases.Where(c => c.EnterpriseId == e.EnterpriseId && c.EnterpriseName != e.Name).ToListAsync(ct))
            rightsCase.Concerns(known);
    }
}
