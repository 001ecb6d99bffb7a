using Federation.Enterprises.Contracts;
using Federation.Enterprises.Resources;
using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.Enterprises.Concerns;

internal sealed record ConcernRequest(
    Guid? EnterpriseId,
    Guid? VisitId,
    Guid? PolicySessionId,
    ConcernCategory? Category,
    string? Description,
    [property: HappenedOn] DateOnly? RaisedOn,
    DateOnly? DueOn,
    Guid? ProgrammeId,
    Guid? OrganisationId,
    int? Version);

/// <summary>Moves a concern on: refer it (department, due date), resolve it, close it unresolved or reopen it (note).</summary>
internal sealed record StepRequest(ConcernStatus? To, DateOnly? On, string? Department, DateOnly? DueOn, string? Note, int? Version);

/// <summary>Passes an expansion plan to the Investment work line, with the amount the enterprise mentioned, if any.</summary>
internal sealed record LeadRequest(decimal? EstimatedAmount, int? Version);

internal sealed class ConcernRequestValidator : AbstractValidator<ConcernRequest>
{
    public ConcernRequestValidator()
    {
        RuleFor(r => r.EnterpriseId).NotEmpty().When(r => r.VisitId is null && r.PolicySessionId is null)
            .WithMessage(_ => EnterpriseText.Get("ConcernNeedsSource"));
        RuleFor(r => r.Category).Known().IsInEnum();
        RuleFor(r => r.Description).RequiredText(2000);
        RuleFor(r => r.RaisedOn).Known().PlausibleDate();
        RuleFor(r => r.DueOn).PlausibleDate()
            .GreaterThanOrEqualTo(r => r.RaisedOn).When(r => r.RaisedOn is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => EnterpriseText.Get("DueBeforeRaised"));
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed class StepRequestValidator : AbstractValidator<StepRequest>
{
    public StepRequestValidator()
    {
        RuleFor(r => r.To).Known().IsInEnum();
        RuleFor(r => r.On).Known().PlausibleDate();
        RuleFor(r => r.Department).RequiredText(100).When(r => r.To == ConcernStatus.Referred);
        RuleFor(r => r.Department).Empty().When(r => r.To != ConcernStatus.Referred).WithMessage(_ => EnterpriseText.Get("DepartmentOnlyWhenReferring"));
        RuleFor(r => r.DueOn).PlausibleDate()
            .GreaterThanOrEqualTo(r => r.On).When(r => r.On is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => EnterpriseText.Get("DueBeforeStep"));
        RuleFor(r => r.Note).RequiredText(2000).When(r => r.To is ConcernStatus.Resolved or ConcernStatus.ClosedUnresolved or ConcernStatus.Open);
        RuleFor(r => r.Note).OptionalText(2000);
        RuleFor(r => r.Version).VersionSent();
    }
}

internal sealed class LeadRequestValidator : AbstractValidator<LeadRequest>
{
    public LeadRequestValidator()
    {
        RuleFor(r => r.EstimatedAmount).Must(v => v is null || Kernel.Money.Money.IsValidAmount(v.Value)).WithMessage(_ => Text.Get("Amount"));
        RuleFor(r => r.Version).VersionSent();
    }
}

internal sealed record ConcernResponse(
    Guid Id,
    Guid OrganisationId,
    Guid? EnterpriseId,
    string? EnterpriseName,
    string? Town,
    Guid? VisitId,
    Guid? PolicySessionId,
    ConcernCategory Category,
    string Description,
    DateOnly RaisedOn,
    DateOnly? DueOn,
    ConcernStatus Status,
    IReadOnlyList<ConcernStatus> AllowedNext,
    string? Department,
    DateOnly? SettledOn,
    string? Outcome,
    bool Overdue,
    DateOnly? OverdueSince,
    DateOnly? LeadRaisedOn,
    Guid? ProgrammeId,
    IReadOnlyList<ConcernStep> Steps,
    int Version)
{
    public static ConcernResponse From(Concern c, DateOnly today) => new(
        c.Id, c.OrganisationId, c.EnterpriseId, c.EnterpriseName, c.Town, c.VisitId, c.PolicySessionId, c.Category, c.Description,
        c.RaisedOn, c.DueOn, c.Status, ConcernRules.AllowedAfter(c.Status), c.Department, c.SettledOn, c.Outcome, c.IsOverdue(today),
        c.OverdueSince, c.LeadRaisedOn, c.ProgrammeId, c.Steps, c.Version);
}
