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

    public async Task Handle(InvestmentEventRemoved e, CancellationToken ct)
    {
        var fact = await db.EventFacts.FindAsync([e.InvestmentEventId], ct);
        if (fact is not null && fact.Version >= e.Version) return;
        fact ??= db.EventFacts.Add(new EventFact { Id = e.InvestmentEventId }).Entity;
        fact.OrganisationId = e.OrganisationId;
        fact.Version = e.Version;
        fact.Removed = true;
    }

    private async Task Apply(InvestmentEventSnapshot held, CancellationToken ct)
    {
        var fact = await db.EventFacts.FindAsync([held.InvestmentEventId], ct);
        if (fact is not null && fact.Version >= held.Version) return;
        fact ??= db.EventFacts.Add(new EventFact { Id = held.InvestmentEventId }).Entity;
        fact.OrganisationId = held.OrganisationId;
        fact.StartDate = held.StartDate;
        fact.AttendeeCount = held.AttendeeCount;
        fact.CountriesAndRegions = held.CountriesAndRegions.ToList();
        fact.Version = held.Version;
    }
}
