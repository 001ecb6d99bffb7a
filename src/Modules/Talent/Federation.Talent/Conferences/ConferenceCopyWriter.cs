using Federation.Investment.Contracts;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.Talent.Data;

namespace Federation.Talent.Conferences;

/// <summary>Keeps <see cref="ConferenceCopy"/> rows from Investment's event snapshots, newest version winning.</summary>
internal sealed class ConferenceCopyWriter(TalentDbContext db) :
    IIntegrationEventHandler<InvestmentEventHeld>,
    IIntegrationEventHandler<InvestmentEventCorrected>,
    IIntegrationEventHandler<InvestmentEventRemoved>
{
    public Task Handle(InvestmentEventHeld e, CancellationToken ct) => Keep(e.Event, ct);

    public Task Handle(InvestmentEventCorrected e, CancellationToken ct) => Keep(e.Event, ct);

    public async Task Handle(InvestmentEventRemoved e, CancellationToken ct)
    {
        var copy = await db.Conferences.Newer(e.InvestmentEventId, e.Version, () => new ConferenceCopy(), ct);
        if (copy is null) return;
        copy.OrganisationId = e.OrganisationId;
        copy.Removed = true;
    }

    private async Task Keep(InvestmentEventSnapshot e, CancellationToken ct)
    {
        var serves = e.AlsoServes.Contains(TalentModule.ModuleName);
        // An event that never served talent needs no copy; one that stopped serving keeps its row, marked.
        if (!serves && await db.Conferences.FindAsync([e.InvestmentEventId], ct) is null) return;
        var copy = await db.Conferences.Newer(e.InvestmentEventId, e.Version, () => new ConferenceCopy(), ct);
        if (copy is null) return;
        (copy.OrganisationId, copy.Title, copy.StartDate, copy.ServesTalent) = (e.OrganisationId, e.Title, e.StartDate, serves);
    }
}
