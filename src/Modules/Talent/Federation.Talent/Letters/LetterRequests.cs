using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using Federation.Talent.Contracts;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.Talent.Letters;

/// <summary>A letter of intent a recorded talent signs; the degree and name are taken from the talent.</summary>
internal sealed record LetterRequest(
    string? EmployerName,
    string? EmployerCreditCode,
    string? Town,
    [property: HappenedOn] DateOnly? SignedOn,
    Guid? ProgrammeId);

internal sealed record WithdrawRequest([property: HappenedOn] DateOnly? On, string? Reason, int? Version);

internal sealed class LetterRequestValidator : AbstractValidator<LetterRequest>
{
    public LetterRequestValidator()
    {
        RuleFor(r => r.EmployerName).RequiredText(200);
        RuleFor(r => r.EmployerCreditCode).CreditCode();
        RuleFor(r => r.Town).RequiredText(50);
        RuleFor(r => r.SignedOn).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
    }
}

internal sealed class WithdrawRequestValidator : AbstractValidator<WithdrawRequest>
{
    public WithdrawRequestValidator()
    {
        RuleFor(r => r.On).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.Reason).RequiredText(500);
        RuleFor(r => r.Version).VersionSent();
    }
}

internal sealed record LetterResponse(
    Guid Id,
    Guid OrganisationId,
    Guid TalentId,
    string TalentName,
    Degree Degree,
    string EmployerName,
    string? EmployerCreditCode,
    string Town,
    DateOnly SignedOn,
    Guid? ProgrammeId,
    bool Active,
    DateOnly? WithdrawnOn,
    string? WithdrawnReason,
    int Version)
{
    public static LetterResponse From(LetterOfIntent l) => new(l.Id, l.OrganisationId, l.TalentId, l.TalentName, l.Degree, l.EmployerName,
        l.EmployerCreditCode, l.Town, l.SignedOn, l.ProgrammeId, l.Active, l.WithdrawnOn, l.WithdrawnReason, l.Version);
}
