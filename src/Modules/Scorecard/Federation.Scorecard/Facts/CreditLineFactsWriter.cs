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

    public Task Handle(CreditLineRemoved e, CancellationToken ct) =>
        VersionedFacts.Remove(db.CreditLineFacts, e.CreditLineId, e.OrganisationId, e.Version, () => new CreditLineFact { Id = e.CreditLineId }, ct);

    private async Task Apply(CreditLineSnapshot line, CancellationToken ct)
    {
        if (await VersionedFacts.Newer(db.CreditLineFacts, line.CreditLineId, line.OrganisationId, line.Version,
                () => new CreditLineFact { Id = line.CreditLineId }, ct) is not { } fact) return;
        fact.AmountFen = line.AmountFen;
        fact.GrantedOn = line.GrantedOn;
    }
}
