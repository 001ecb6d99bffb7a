using Federation.Kernel.Figures;
using Federation.Enterprises.Contracts;
using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Projects;
using Federation.Kernel.Messaging;
using Federation.Kernel.Money;

namespace Federation.Investment.Leads;

/// <summary>
/// An expansion plan heard by Enterprise services enters the ledger as an intent-stage project of
/// the enterprise, so the investment staff follow it like any other lead. The inbox makes a
/// second delivery of the same event a no-op.
/// </summary>
internal sealed class InvestmentLeadConsumer(InvestmentDbContext db) : IIntegrationEventHandler<InvestmentLeadRaised>
{
    private const int NameLength = 200;

    public Task Handle(InvestmentLeadRaised lead, CancellationToken cancellationToken)
    {
        var name = $"{lead.EnterpriseName}：{lead.Description}";
        var details = new ProjectDetails(
            name.Length > NameLength ? name[..NameLength] : name,
            lead.EnterpriseName,
            InvestorKind.Organisation,
            lead.InvestorCountryOrRegion,
            lead.Industry,
            lead.EstimatedAmountFen is { } fen ? new StatedAmount(new Money(fen), Qualifier.About, null) : null,
            lead.Town,
            EventId: null,
            ResponsibleStaff: null,
            ProgrammeId: null);
        ProjectEndpoints.Add(db, details, ProjectStage.Intent, lead.RaisedOn, lead.OrganisationId, lead.RaisedBy);
        return Task.CompletedTask;
    }
}
