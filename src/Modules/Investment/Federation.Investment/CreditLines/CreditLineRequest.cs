using Federation.Kernel.Figures;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Resources;
using Federation.Kernel.Web;

namespace Federation.Investment.CreditLines;

internal sealed record CreditLineRequest(
    string? Bank,
    string? BeneficiaryGroup,
    decimal? AmountYuan,
    [property: HappenedOn] DateOnly? GrantedOn,
    Guid? EventId,
    string? Notes,
    Guid? OrganisationId,
    int? Version,
    Qualifier? AmountQualifier = null);

internal sealed class CreditLineRequestValidator : AbstractValidator<CreditLineRequest>
{
    public CreditLineRequestValidator()
    {
        RuleFor(r => r.Bank).RequiredText(100);
        RuleFor(r => r.BeneficiaryGroup).RequiredText(200);
        RuleFor(r => r.AmountYuan).AmountInYuan();
        RuleFor(r => r.AmountQualifier).NoRange();
        RuleFor(r => r.GrantedOn).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.Notes).OptionalText(2000);
    }
}

internal sealed record CreditLineResponse(
    Guid Id,
    Guid OrganisationId,
    Guid? EventId,
    string Bank,
    string BeneficiaryGroup,
    decimal AmountYuan,
    Qualifier AmountQualifier,
    DateOnly GrantedOn,
    string? Notes,
    int Version)
{
    public static CreditLineResponse From(CreditLine c) =>
        new(c.Id, c.OrganisationId, c.EventId, c.Bank, c.BeneficiaryGroup, c.AmountFen / 100m, c.AmountQualifier, c.GrantedOn, c.Notes, c.Version);
}
