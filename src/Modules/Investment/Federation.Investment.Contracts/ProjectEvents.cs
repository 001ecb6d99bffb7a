using Federation.Kernel.Messaging;

namespace Federation.Investment.Contracts;

/// <summary>
/// A ledger project as it stands after a change. Every project event carries the whole
/// snapshot with its version, so a consumer can keep a correct copy by taking the highest
/// version it has seen, whatever order or how many times events arrive. The investor, industry and
/// amount are null when the report did not disclose them.
/// </summary>
public sealed record ProjectSnapshot(
    Guid ProjectId,
    Guid OrganisationId,
    string Name,
    string? InvestorName,
    string? InvestorCountryOrRegion,
    string? Industry,
    long? AmountFen,
    string Town,
    Guid? InvestmentEventId,
    ProjectStage Stage,
    IReadOnlyList<StageReached> Stages,
    int Version);

/// <summary>A stage and the date the project reached it (China calendar date).</summary>
public sealed record StageReached(ProjectStage Stage, DateOnly Date);

/// <summary>A project entered the ledger or moved to a further stage.</summary>
public sealed record ProjectStageReached(ProjectSnapshot Project, ProjectStage Stage, DateOnly Date) : IntegrationEvent;

/// <summary>A stage recorded by mistake was taken back; the project is at its previous stage again.</summary>
public sealed record ProjectStageReverted(ProjectSnapshot Project, ProjectStage RevertedStage) : IntegrationEvent;

/// <summary>A project's details (amount, town, investor …) were corrected.</summary>
public sealed record ProjectCorrected(ProjectSnapshot Project) : IntegrationEvent;

/// <summary>A project was removed from the ledger (entered by mistake); it no longer counts.</summary>
public sealed record ProjectRemoved(Guid ProjectId, Guid OrganisationId, int Version) : IntegrationEvent;

/// <summary>意向 → 在谈 → 签约 → 动工 → 投产, or 终止.</summary>
public enum ProjectStage
{
    Intent,
    Negotiating,
    Signed,
    Groundbreaking,
    InProduction,
    Dropped,
}
