using Federation.Enterprises.Contracts;
using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.Enterprises.Visits;

internal sealed record VisitRequest(
    Guid? EnterpriseId,
    [property: HappenedOn] DateOnly? VisitedOn,
    VisitPurpose? Purpose,
    IReadOnlyList<string?>? Visitors,
    string? Notes,
    Guid? ProgrammeId,
    Guid? OrganisationId,
    int? Version);

internal sealed class VisitRequestValidator : AbstractValidator<VisitRequest>
{
    public VisitRequestValidator()
    {
        RuleFor(r => r.EnterpriseId).NotEmpty().WithMessage(_ => Text.Get("RequiredField"));
        RuleFor(r => r.VisitedOn).Known().PlausibleDate();
        RuleFor(r => r.Purpose).Known().IsInEnum();
        RuleFor(r => r.Visitors).NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
            .Must(v => v is null || v.Count <= 30).WithMessage(_ => Text.Format("Between", 1, 30));
        RuleForEach(r => r.Visitors).RequiredText(50);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record VisitResponse(
    Guid Id,
    Guid OrganisationId,
    Guid EnterpriseId,
    string EnterpriseName,
    string Town,
    DateOnly VisitedOn,
    VisitPurpose Purpose,
    IReadOnlyList<string> Visitors,
    string? Notes,
    Guid? ProgrammeId,
    int Version)
{
    public static VisitResponse From(Visit v) =>
        new(v.Id, v.OrganisationId, v.EnterpriseId, v.EnterpriseName, v.Town, v.VisitedOn, v.Purpose, v.Visitors, v.Notes, v.ProgrammeId, v.Version);
}
