using Federation.Kernel.Messaging;

namespace Federation.Investment.Contracts;

/// <summary>A bank credit line (银行授信) obtained for a group of enterprises, as it stands after a change.</summary>
public sealed record CreditLineSnapshot(
    Guid CreditLineId,
    Guid OrganisationId,
    Guid? InvestmentEventId,
    string Bank,
    string BeneficiaryGroup,
    long AmountFen,
    DateOnly GrantedOn,
    int Version);

public sealed record CreditLineGranted(CreditLineSnapshot CreditLine) : IntegrationEvent;

public sealed record CreditLineCorrected(CreditLineSnapshot CreditLine) : IntegrationEvent;

public sealed record CreditLineRemoved(Guid CreditLineId, Guid OrganisationId, int Version) : IntegrationEvent;
