using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using Federation.Kernel.Figures;
using Federation.Talent.Contracts;
using Federation.Talent.Resources;
using FluentValidation;

namespace Federation.Talent.Events;

/// <summary>The body of recording or correcting a talent event; <see cref="Version"/> is required when correcting.</summary>
internal sealed record TalentEventRequest(
    string? Title,
    TalentEventFormat? Format,
    bool? Flagship,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool? Online,
    string? City,
    string? CountryOrRegion,
    List<string>? Partners,
    List<TalentsMetRequest>? TalentsMet,
    Guid? ProgrammeId,
    string? Notes,
    Guid? OrganisationId,
    int? Version,
    int? StatedTalentsMet = null,
    Qualifier? StatedTalentsMetQualifier = null,
    int? StatedCountries = null,
    Qualifier? StatedCountriesQualifier = null,
    Guid? ConferenceId = null);

internal sealed record TalentsMetRequest(Degree? Degree, string? CountryOrRegion, int? Count);

internal sealed class TalentEventRequestValidator : AbstractValidator<TalentEventRequest>
{
    public TalentEventRequestValidator()
    {
        RuleFor(r => r.Title).RequiredText(200);
        RuleFor(r => r.Format).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.StartDate).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.EndDate).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate()
            .GreaterThanOrEqualTo(r => r.StartDate).When(r => r.StartDate is not null).WithMessage(_ => Text.Get("EndBeforeStart"));
        RuleFor(r => r.City).OptionalText(100)
            .NotEmpty().When(r => r.Online != true).WithMessage(_ => Text.Get("RequiredField"));
        RuleFor(r => r.CountryOrRegion).CountryOrRegionCode();
        RuleFor(r => r.Partners).Must(p => p is null || p.Count <= 50).WithMessage(_ => Text.Format("AtMostItems", 50));
        RuleForEach(r => r.Partners).RequiredText(200);
        RuleFor(r => r.TalentsMet).Must(t => t is null || t.Count <= 200).WithMessage(_ => Text.Format("AtMostItems", 200))
            .Must(t => t is null || t.Where(x => x is not null).GroupBy(x => (x.Degree, x.CountryOrRegion)).All(g => g.Count() == 1))
            .WithMessage(_ => Text.Get("Distinct"));
        RuleForEach(r => r.TalentsMet).NotNull().WithMessage(_ => Text.Get("RequiredField")).ChildRules(group =>
        {
            group.RuleFor(g => g.Degree).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
            group.RuleFor(g => g.CountryOrRegion).NotEmpty().WithMessage(_ => Text.Get("RequiredField")).CountryOrRegionCode();
            group.RuleFor(g => g.Count).NotNull().WithMessage(_ => Text.Get("RequiredField")).Between(0, 100_000);
        });
        RuleFor(r => r.StatedTalentsMet).Between(0, 1_000_000)
            .Must((r, n) => n is null || n >= (r.TalentsMet ?? []).Sum(g => g?.Count ?? 0))
            .WithMessage(_ => TalentText.Get("StatedBelowBreakdown"));
        RuleFor(r => r.StatedTalentsMetQualifier).NoRange().OnlyWithFigure(r => r.StatedTalentsMet is not null);
        RuleFor(r => r.StatedCountries).Between(1, 250)
            .Must((r, n) => n is null || n >= (r.TalentsMet ?? []).Where(g => g is not null).Select(g => g.CountryOrRegion).Distinct().Count())
            .WithMessage(_ => TalentText.Get("StatedBelowBreakdown"));
        RuleFor(r => r.StatedCountriesQualifier).NoRange().OnlyWithFigure(r => r.StatedCountries is not null);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record TalentEventResponse(
    Guid Id,
    Guid OrganisationId,
    string Title,
    TalentEventFormat Format,
    bool Flagship,
    DateOnly StartDate,
    DateOnly EndDate,
    bool Online,
    string? City,
    string? CountryOrRegion,
    IReadOnlyList<string> Partners,
    IReadOnlyList<TalentsMet> TalentsMet,
    int TalentsMetCount,
    int? StatedTalentsMet,
    Qualifier StatedTalentsMetQualifier,
    int? StatedCountries,
    Qualifier StatedCountriesQualifier,
    Guid? ConferenceId,
    Guid? ProgrammeId,
    string? Notes,
    int Version)
{
    public static TalentEventResponse From(TalentEvent e) => new(e.Id, e.OrganisationId, e.Title, e.Format, e.Flagship, e.StartDate,
        e.EndDate, e.Online, e.City, e.CountryOrRegion, e.Partners, e.TalentsMet, e.TalentsMetCount,
        e.StatedTalentsMet, e.StatedTalentsMetQualifier, e.StatedCountries, e.StatedCountriesQualifier, e.ConferenceId, e.ProgrammeId, e.Notes, e.Version);
}
