using Federation.Investment.Contracts;
using Federation.Kernel.Messaging;
using Federation.Scorecard.Data;

namespace Federation.Scorecard.Facts;

/// <summary>Keeps <see cref="EventFact"/> at the newest snapshot of each investment event.</summary>
internal sealed class EventFactsWriter(ScorecardDbContext db) :
    IIntegrationEventHandler<InvestmentEventHeld>,
    IIntegrationEventHandler<InvestmentEventCorrected>,
    IIntegrationEventHandler<InvestmentEventRemoved>
{
    public Task Handle(InvestmentEventHeld e, CancellationToken ct) => Apply(e.Event, ct);

    public Task Handle(InvestmentEventCorrected e, CancellationToken ct) => Apply(e.Event, ct);

    public Task Handle(InvestmentEventRemoved e, CancellationToken ct) =>
        VersionedFacts.Remove(db.EventFacts, e.InvestmentEventId, e.OrganisationId, e.Version, () => new EventFact { Id = e.InvestmentEventId }, ct);

    private async Task Apply(InvestmentEventSnapshot held, CancellationToken ct)
    {
        if (await VersionedFacts.Newer(db.EventFacts, held.InvestmentEventId, held.OrganisationId, held.Version,
                () => new EventFact { Id = held.InvestmentEventId }, ct) is not { } fact) return;
        fact.StartDate = held.StartDate;
        fact.AttendeeCount = held.AttendeeCount;
        fact.CountriesAndRegions = held.CountriesAndRegions.ToList();
    }
}
