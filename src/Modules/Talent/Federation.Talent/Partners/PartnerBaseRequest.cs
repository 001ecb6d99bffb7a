using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.Talent.Partners;

internal sealed record PartnerBaseRequest(
    string? PartnerOrganisation,
    string? Name,
    PartnerBaseKind? Kind,
    [property: HappenedOn] DateOnly? EstablishedOn,
    string? Town,
    string? PartnerCountryOrRegion,
    Guid? ProgrammeId,
    string? Notes,
    Guid? OrganisationId,
    int? Version);

internal sealed class PartnerBaseRequestValidator : AbstractValidator<PartnerBaseRequest>
{
    public PartnerBaseRequestValidator()
    {
        RuleFor(r => r.PartnerOrganisation).RequiredText(200);
        RuleFor(r => r.Name).RequiredText(200);
        RuleFor(r => r.Kind).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.EstablishedOn).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.Town).OptionalText(50);
        RuleFor(r => r.PartnerCountryOrRegion).CountryOrRegionCode();
        RuleFor(r => r.Notes).OptionalText(2000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record PartnerBaseResponse(
    Guid Id,
    Guid OrganisationId,
    string PartnerOrganisation,
    string Name,
    PartnerBaseKind Kind,
    DateOnly EstablishedOn,
    string? Town,
    string? PartnerCountryOrRegion,
    Guid? ProgrammeId,
    string? Notes,
    int Version)
{
    public static PartnerBaseResponse From(PartnerBase p) => new(p.Id, p.OrganisationId, p.PartnerOrganisation, p.Name, p.Kind,
        p.EstablishedOn, p.Town, p.PartnerCountryOrRegion, p.ProgrammeId, p.Notes, p.Version);
}
