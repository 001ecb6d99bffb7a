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
internal sealed class KnownEnterprise
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string CreditCode { get; set; }
    public required string Town { get; set; }
    public bool Active { get; set; }
    public bool Removed { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// Keeps the newest snapshot of each enterprise, whatever the order or number of deliveries, and
/// carries a rename to the cases that name the enterprise.
/// </summary>
internal sealed class EnterpriseCopyWriter(RightsDbContext db) : IIntegrationEventHandler<EnterpriseChanged>
{
    public async Task Handle(EnterpriseChanged changed, CancellationToken ct)
    {
        var e = changed.Enterprise;
        var known = await db.Enterprises.FindAsync([e.EnterpriseId], ct);
        if (known is not null && known.Version >= e.Version) return;
        if (known is null) db.Enterprises.Add(known = new KnownEnterprise { Id = e.EnterpriseId, Name = e.Name, CreditCode = e.CreditCode, Town = e.Town });
        known.OrganisationId = e.OrganisationId;
        known.Name = e.Name;
        known.CreditCode = e.CreditCode;
        known.Town = e.Town;
        known.Active = e.Active;
        known.Removed = changed.Removed;
        known.Version = e.Version;
        // A case keeps the name it was recorded with when the enterprise leaves the registry.
        if (changed.Removed) return;
        foreach (var rightsCase in await db.Cases.Where(c => c.EnterpriseId == e.EnterpriseId && c.EnterpriseName != e.Name).ToListAsync(ct))
            rightsCase.Concerns(known);
    }
}
