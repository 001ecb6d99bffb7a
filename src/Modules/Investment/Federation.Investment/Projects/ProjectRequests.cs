using Federation.Investment.Contracts;
using Federation.Investment.Resources;
using Federation.Kernel.Figures;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Resources;
using Federation.Kernel.Web;

namespace Federation.Investment.Projects;

/// <summary>A new project for the ledger, entered at intent, negotiating or signed.</summary>
internal sealed record ProjectRequest(
    string? Name,
    string? InvestorName,
    InvestorKind? InvestorKind,
    string? InvestorCountryOrRegion,
    string? Industry,
    decimal? AmountYuan,
    string? Town,
    Guid? EventId,
    string? ResponsibleStaff,
    ProjectStage? Stage,
    [property: HappenedOn] DateOnly? StageDate,
    Guid? OrganisationId,
    Guid? ProgrammeId = null,
    Qualifier? AmountQualifier = null,
    decimal? AmountUpToYuan = null,
    string? Area = null) : IProjectDetailsRequest;

/// <summary>Corrected details of a project; the stage moves only through advance and revert.</summary>
internal sealed record ProjectCorrection(
    string? Name,
    string? InvestorName,
    InvestorKind? InvestorKind,
    string? InvestorCountryOrRegion,
    string? Industry,
    decimal? AmountYuan,
    string? Town,
    Guid? EventId,
    string? ResponsibleStaff,
    int? Version,
    Guid? ProgrammeId = null,
    Qualifier? AmountQualifier = null,
    decimal? AmountUpToYuan = null,
    string? Area = null) : IProjectDetailsRequest;

internal sealed record AdvanceRequest(ProjectStage? Stage, [property: HappenedOn] DateOnly? Date, int? Version);

internal sealed record RevertRequest(string? Reason, int? Version);

internal sealed record FollowUpRequest([property: HappenedOn] DateOnly? Date, string? Note, string? NextStep, DateOnly? NextStepDue);

/// <summary>The editable facts both creating and correcting a project send.</summary>
internal interface IProjectDetailsRequest
{
    string? Name { get; }
    string? InvestorName { get; }
    InvestorKind? InvestorKind { get; }
    string? InvestorCountryOrRegion { get; }
    string? Industry { get; }
    decimal? AmountYuan { get; }
    Qualifier? AmountQualifier { get; }
    decimal? AmountUpToYuan { get; }
    string? Town { get; }
    string? Area { get; }
    Guid? EventId { get; }
    string? ResponsibleStaff { get; }
    Guid? ProgrammeId { get; }
}

internal sealed class ProjectDetailsValidator : AbstractValidator<IProjectDetailsRequest>
{
    public ProjectDetailsValidator()
    {
        RuleFor(r => r.Name).RequiredText(200);
        RuleFor(r => r.InvestorName).OptionalText(200);
        RuleFor(r => r.InvestorKind).IsInEnum();
        RuleFor(r => r.InvestorCountryOrRegion).CountryOrRegionCode();
        RuleFor(r => r.Industry).OptionalText(100);
        RuleFor(r => r.AmountYuan).OptionalAmountInYuan();
        RuleFor(r => r.AmountQualifier).IsInEnum();
        RuleFor(r => r.AmountQualifier).OnlyWithFigure(r => r.AmountYuan is not null);
        RuleFor(r => r.AmountUpToYuan).OptionalAmountInYuan().RangeTop(r => r.AmountYuan, r => r.AmountQualifier);
        RuleFor(r => r.Town).RequiredText(50);
        RuleFor(r => r.Area).OptionalText(50);
        RuleFor(r => r.ResponsibleStaff).OptionalText(50);
    }
}

internal sealed class ProjectRequestValidator : AbstractValidator<ProjectRequest>
{
    public ProjectRequestValidator()
    {
        Include(new ProjectDetailsValidator());
        RuleFor(r => r.Stage).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum()
            .Must(s => s is null || ProjectStageRules.Initial.Contains(s.Value))
            .WithMessage(_ => InvestmentText.Get("EntryStage"));
        RuleFor(r => r.StageDate).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
    }
}

internal sealed class ProjectCorrectionValidator : AbstractValidator<ProjectCorrection>
{
    public ProjectCorrectionValidator()
    {
        Include(new ProjectDetailsValidator());
        RuleFor(r => r.Version).NotNull().WithMessage(_ => Text.Get("SendVersion"));
    }
}

internal sealed class AdvanceRequestValidator : AbstractValidator<AdvanceRequest>
{
    public AdvanceRequestValidator()
    {
        RuleFor(r => r.Stage).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.Date).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.Version).NotNull().WithMessage(_ => Text.Get("SendVersion"));
    }
}

internal sealed class RevertRequestValidator : AbstractValidator<RevertRequest>
{
    public RevertRequestValidator()
    {
        RuleFor(r => r.Reason).RequiredText(500);
        RuleFor(r => r.Version).NotNull().WithMessage(_ => Text.Get("SendVersion"));
    }
}

internal sealed class FollowUpRequestValidator : AbstractValidator<FollowUpRequest>
{
    public FollowUpRequestValidator()
    {
        RuleFor(r => r.Date).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.Note).RequiredText(2000);
        RuleFor(r => r.NextStep).OptionalText(500);
        RuleFor(r => r.NextStepDue).PlausibleDate()
            .GreaterThanOrEqualTo(r => r.Date).When(r => r.Date is not null && r.NextStepDue is not null)
            .WithMessage(_ => Text.Get("DueBeforeDate"));
    }
}
