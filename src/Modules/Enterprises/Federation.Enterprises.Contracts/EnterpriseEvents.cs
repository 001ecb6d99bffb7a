using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;

namespace Federation.Enterprises.Contracts;

/// <summary>
/// A registered overseas-Chinese-funded enterprise (侨资企业) as it now stands. Modules that keep
/// an enterprise's name keep the highest version they have seen; <see cref="FormerNames"/> lets
/// them recognise records entered under an earlier name.
/// </summary>
public sealed record EnterpriseSnapshot(
    Guid EnterpriseId,
    Guid OrganisationId,
    string Name,
    IReadOnlyList<string> FormerNames,
    string CreditCode,
    string Town,
    string Industry,
    string? InvestorCountryOrRegion,
    bool Active,
    int Version);

/// <summary>An enterprise was registered, corrected or renamed; <see cref="Removed"/> when it was taken off the registry.</summary>
public sealed record EnterpriseChanged(EnterpriseSnapshot Enterprise, bool Removed) : IntegrationEvent;

/// <summary>A visit to an enterprise (走访) as it now stands.</summary>
public sealed record VisitSnapshot(Guid VisitId, Guid OrganisationId, Guid EnterpriseId, DateOnly VisitedOn, VisitPurpose Purpose, int Version);

/// <summary>A visit was recorded or corrected; <see cref="Removed"/> when deleted.</summary>
public sealed record VisitChanged(VisitSnapshot Visit, bool Removed) : IntegrationEvent;

/// <summary>A concern (诉求) as it now stands: open, referred, resolved or closed unresolved.</summary>
public sealed record ConcernSnapshot(
    Guid ConcernId,
    Guid OrganisationId,
    Guid? EnterpriseId,
    ConcernCategory Category,
    ConcernStatus Status,
    string? Department,
    DateOnly RaisedOn,
    DateOnly? DueOn,
    DateOnly? SettledOn,
    int Version);

/// <summary>A concern was raised or moved on; <see cref="Removed"/> when deleted.</summary>
public sealed record ConcernChanged(ConcernSnapshot Concern, bool Removed) : IntegrationEvent;

/// <summary>A policy session with government departments (侨界与政府部门面对面) was held, corrected or removed.</summary>
public sealed record PolicySessionChanged(
    Guid SessionId, Guid OrganisationId, string Topic, DateOnly HeldOn, IReadOnlyList<string> Departments, bool Removed, int Version) : IntegrationEvent;

/// <summary>
/// An enterprise's expansion plan heard at a visit, turned into an investment lead. The Investment
/// work line enters it in its ledger as an intent-stage project; <see cref="LeadId"/> is the
/// concern's id, so a second delivery is recognised.
/// </summary>
public sealed record InvestmentLeadRaised(
    Guid LeadId,
    Guid OrganisationId,
    Guid EnterpriseId,
    string EnterpriseName,
    string CreditCode,
    string? InvestorCountryOrRegion,
    string Industry,
    string Town,
    string Description,
    long? EstimatedAmountFen,
    DateOnly RaisedOn,
    string RaisedBy) : IntegrationEvent;

/// <summary>
/// What another work line did with an enterprise, for its timeline (an overseas order won, say).
/// A work line that did not exist when this module was written publishes it instead of this module
/// learning its events: the enterprise is named by credit code or, failing that, by name.
/// Keep the highest <see cref="Version"/> per <see cref="ActivityId"/>.
/// </summary>
public sealed record EnterpriseActivityReported(
    Guid ActivityId,
    Guid OrganisationId,
    string WorkLine,
    string? CreditCode,
    string EnterpriseName,
    DateOnly On,
    LocalizedText Summary,
    long? AmountFen,
    bool Removed,
    int Version) : IntegrationEvent;

/// <summary>Why leaders went: 新春慰问, 座谈听取意见, 协调解决问题.</summary>
public enum VisitPurpose
{
    NewYearGreeting,
    ListeningSession,
    ProblemSolving,
    Other,
}

/// <summary>What a concern is about; <see cref="Expansion"/> (扩产、新增投资) can become an investment lead.</summary>
public enum ConcernCategory
{
    Tax,
    Finance,
    LandAndPremises,
    Talent,
    MarketAccess,
    Policy,
    Expansion,
    Other,
}

/// <summary>open → referred to a department → resolved, or closed unresolved with a reason.</summary>
public enum ConcernStatus
{
    Open,
    Referred,
    Resolved,
    ClosedUnresolved,
}
