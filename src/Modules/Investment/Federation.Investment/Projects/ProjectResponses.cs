using Federation.Investment.Contracts;
using Federation.Kernel.Figures;

namespace Federation.Investment.Projects;

internal sealed record ProjectListItem(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? InvestorName,
    string? InvestorCountryOrRegion,
    string? Industry,
    decimal? AmountYuan,
    Qualifier AmountQualifier,
    string Town,
    Guid? EventId,
    string? ResponsibleStaff,
    ProjectStage Stage,
    DateOnly StageDate,
    DateOnly RecordedOn,
    DateOnly? NextFollowUpDue,
    bool FollowUpOverdue,
    int Version);

/// <summary>A ledger page: the rows, how many match, and the total amount of all matching rows.</summary>
internal sealed record ProjectLedgerPage(IReadOnlyList<ProjectListItem> Items, int Total, decimal TotalAmountYuan, int Page, int PageSize);

internal sealed record ProjectResponse(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? InvestorName,
    InvestorKind InvestorKind,
    string? InvestorCountryOrRegion,
    string? Industry,
    decimal? AmountYuan,
    Qualifier AmountQualifier,
    decimal? AmountUpToYuan,
    string Town,
    string? Area,
    Guid? EventId,
    string? ResponsibleStaff,
    ProjectStage Stage,
    DateOnly StageDate,
    DateOnly RecordedOn,
    DateOnly? NextFollowUpDue,
    bool FollowUpOverdue,
    IReadOnlyList<ProjectStage> AllowedNextStages,
    IReadOnlyList<StageResponse> Stages,
    IReadOnlyList<FollowUpResponse> FollowUps,
    Guid? ProgrammeId,
    int Version)
{
    public static ProjectResponse From(Project p, DateOnly today) => new(
        p.Id, p.OrganisationId, p.Name, p.InvestorName, p.InvestorKind, p.InvestorCountryOrRegion, p.Industry,
        p.AmountFen / 100m, p.AmountQualifier, p.AmountUpToFen / 100m, p.Town, p.Area, p.EventId, p.ResponsibleStaff, p.Stage, p.StageDate, p.RecordedOn,
        p.NextFollowUpDue, IsOverdue(p.Stage, p.NextFollowUpDue, today), ProjectStageRules.AllowedAfter(p.Stage),
        p.Stages.OrderBy(s => s.Sequence).Select(s => new StageResponse(s.Stage, s.Date, s.RecordedBy, s.RecordedAtUtc)).ToList(),
        p.FollowUps.OrderByDescending(f => f.Date).ThenByDescending(f => f.RecordedAtUtc)
            .Select(f => new FollowUpResponse(f.Id, f.Date, f.Note, f.NextStep, f.NextStepDue, f.RecordedBy)).ToList(),
        p.ProgrammeId, p.Version);

    /// <summary>A follow-up is overdue when its next step's date has passed and the project is still moving.</summary>
    public static bool IsOverdue(ProjectStage stage, DateOnly? due, DateOnly today) =>
        due is not null && due < today && stage is not (ProjectStage.InProduction or ProjectStage.Dropped);
}

internal sealed record StageResponse(ProjectStage Stage, DateOnly Date, string RecordedBy, DateTime RecordedAtUtc);

internal sealed record FollowUpResponse(Guid Id, DateOnly Date, string Note, string? NextStep, DateOnly? NextStepDue, string RecordedBy);
