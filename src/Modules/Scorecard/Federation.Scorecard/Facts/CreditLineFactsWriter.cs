using Federation.Investment.Contracts;
using Federation.Kernel.Messaging;
using Federation.Scorecard.Data;

namespace Federation.Scorecard.Facts;

/// <summary>Keeps <see cref="CreditLineFact"/> at the newest snapshot of each credit line.</summary>
internal sealed class CreditLineFactsWriter(ScorecardDbContext db) :
    IIntegrationEventHandler<CreditLineGranted>,
    IIntegrationEventHandler<CreditLineCorrected>,
    IIntegrationEventHandler<CreditLineRemoved>
{
    public Task Handle(CreditLineGranted e, CancellationToken ct) => Apply(e.CreditLine, ct);

    public Task Handle(CreditLineCorrected e, CancellationToken ct) => Apply(e.CreditLine, ct);

    public async Task Handle(CreditLineRemoved e, CancellationToken ct)
    {
        var fact = await db.CreditLineFacts.FindAsync([e.CreditLineId], ct);
        if (fact is not null && fact.Version >= e.Version) return;
        fact ??= db.CreditLineFacts.Add(new CreditLineFact { Id = e.CreditLineId }).Entity;
        fact.OrganisationId = e.OrganisationId;
        fact.Version = e.Version;
        fact.Removed = true;
    }

    private async Task Apply(CreditLineSnapshot line, CancellationToken ct)
    {
        var fact = await db.CreditLineFacts.FindAsync([line.CreditLineId], ct);
        if (fact is not null && fact.Version >= line.Version) return;
        fact ??= db.CreditLineFacts.Add(new CreditLineFact { Id = line.CreditLineId }).Entity;
        fact.OrganisationId = line.OrganisationId;
        fact.AmountFen = line.AmountFen;
        fact.GrantedOn = line.GrantedOn;
        fact.Version = line.Version;
    }
}
