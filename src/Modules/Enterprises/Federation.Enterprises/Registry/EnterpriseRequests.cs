using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Enterprises.Registry;

internal sealed record EnterpriseRequest(
    string? Name,
    string? CreditCode,
    string? Town,
    string? Industry,
    string? InvestorCountryOrRegion,
    IReadOnlyList<ContactRequest?>? Contacts,
    EnterpriseStatus? Status,
    string? Notes,
    Guid? OrganisationId,
    int? Version);

internal sealed record ContactRequest(string? Name, string? Role, string? Phone);

internal sealed class EnterpriseRequestValidator : AbstractValidator<EnterpriseRequest>
{
    public EnterpriseRequestValidator()
    {
        RuleFor(r => r.Name).RequiredText(200);
        RuleFor(r => r.CreditCode).NotEmpty().WithMessage(_ => Text.Get("RequiredField")).CreditCode();
        RuleFor(r => r.Town).RequiredText(50);
        RuleFor(r => r.Industry).RequiredText(100);
        RuleFor(r => r.InvestorCountryOrRegion).CountryOrRegionCode();
        RuleFor(r => r.Contacts).Must(c => c is null || c.Count <= 20).WithMessage(_ => Text.Format("Between", 0, 20));
        RuleForEach(r => r.Contacts).NotNull().WithMessage(_ => Text.Get("RequiredField")).ChildRules(c =>
        {
            c.RuleFor(x => x!.Name).RequiredText(50);
            c.RuleFor(x => x!.Role).OptionalText(50);
            c.RuleFor(x => x!.Phone).OptionalText(50);
        });
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record EnterpriseResponse(
    Guid Id,
    Guid OrganisationId,
    string Name,
    IReadOnlyList<string> FormerNames,
    string CreditCode,
    string Town,
    string Industry,
    string? InvestorCountryOrRegion,
    IReadOnlyList<EnterpriseContact> Contacts,
    bool ContactsMasked,
    EnterpriseStatus Status,
    string? Notes,
    int Version)
{
    /// <summary>The enterprise as a reader sees it: the contacts' phones in full only when <paramref name="inFull"/> (ContactPersonalData).</summary>
    public static EnterpriseResponse From(Enterprise e, bool inFull) => new(
        e.Id, e.OrganisationId, e.Name, e.FormerNames, e.CreditCode, e.Town, e.Industry, e.InvestorCountryOrRegion,
        ContactPersonalData.Shown(e.Contacts, inFull), !inFull && e.Contacts.Any(c => c.Phone is not null), e.Status, e.Notes, e.Version);
}
