using Federation.Enterprises.Contracts;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Trade.Registry;

/// <summary>
/// This module's own copy of the enterprise registry, fed by Enterprise services' events: an order
/// names a registered enterprise by id, and keeps its name current when the enterprise is renamed.
/// Not audited: Enterprise services audits the enterprise itself.
/// </summary>
[NotAudited]
internal sealed class KnownEnterprise : EnterpriseCopy;

/// <summary>Keeps the newest snapshot of each enterprise and carries a rename to the orders that copy its name.</summary>
internal sealed class EnterpriseCopyWriter(TradeDbContext db) : IIntegrationEventHandler<EnterpriseChanged>
{
    public async Task Handle(EnterpriseChanged changed, CancellationToken ct)
    {
        var e = changed.Enterprise;
        var known = await db.Enterprises.Keep(changed, ct);
        if (known is null) return;
        if (changed.Removed) return;
        foreach (var order in await db.Orders.Where(o => o.EnterpriseId == e.EnterpriseId).ToListAsync(ct))
        {
            if (order.EnterpriseName == e.Name && order.CreditCode == e.CreditCode) continue;
            order.NameAfter(known);
            OrderEvents.Publish(db, order);
        }
    }
}
