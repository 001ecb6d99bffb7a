using Federation.Investment.Contracts;
using Federation.Investment.Resources;
using Federation.Kernel.Figures;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Resources;

namespace Federation.Investment.Events;

/// <summary>
/// The body of creating or correcting an investment event; <see cref="Version"/> is required when
/// correcting. What a report does not say may be left out: the venue, the attendance, the countries.
/// </summary>
internal sealed record EventRequest(
    string? Title,
    InvestmentEventKind? Kind,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Venue,
    string? City,
    List<OrganiserRequest>? Organisers,
    int? AttendeeCount,
    List<string>? CountriesAndRegions,
    string? Notes,
    Guid? OrganisationId,
    int? Version,
    Guid? ProgrammeId = null,
    Qualifier? AttendeeQualifier = null,
    int? AttendeeUpTo = null,
    int? StatedCountries = null,
    Qualifier? StatedCountriesQualifier = null,
    bool? IsFlagship = null,
    Guid? ParentEventId = null,
    int? UnlistedSignedProjects = null,
    Qualifier? UnlistedSignedProjectsQualifier = null,
    decimal? UnlistedSignedAmountYuan = null,
    Qualifier? UnlistedSignedAmountQualifier = null,
    List<string>? AlsoServes = null,
    string? Town = null,
    string? Area = null);

internal sealed record OrganiserRequest(string? Name, OrganiserRole? Role);

internal sealed class EventRequestValidator : AbstractValidator<EventRequest>
{
    public EventRequestValidator()
    {
        RuleFor(r => r.Title).RequiredText(200);
        RuleFor(r => r.Kind).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.StartDate).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.EndDate).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate()
            .GreaterThanOrEqualTo(r => r.StartDate).When(r => r.StartDate is not null)
            .WithMessage(_ => Text.Get("EndBeforeStart"));
        RuleFor(r => r.Venue).OptionalText(200);
        RuleFor(r => r.City).RequiredText(100);
        RuleFor(r => r.Town).OptionalText(50);
        RuleFor(r => r.Area).OptionalText(50);
        RuleFor(r => r.AttendeeCount).Between(0, 1_000_000);
        RuleFor(r => r.AttendeeQualifier).IsInEnum();
        RuleFor(r => r.AttendeeUpTo).Between(0, 1_000_000)
            .RangeTop(r => r.AttendeeCount, r => r.AttendeeQualifier);
        RuleFor(r => r.AttendeeQualifier).OnlyWithFigure(r => r.AttendeeCount is not null);
        RuleFor(r => r.StatedCountries).Between(1, 250)
            .Must((r, n) => n is null || r.CountriesAndRegions is null || n >= r.CountriesAndRegions.Count)
            .WithMessage(_ => InvestmentText.Get("StatedCountriesBelowListed"));
        RuleFor(r => r.StatedCountriesQualifier).NoRange().OnlyWithFigure(r => r.StatedCountries is not null);
        RuleFor(r => r.UnlistedSignedProjects).Between(1, 10_000);
        RuleFor(r => r.UnlistedSignedProjectsQualifier).NoRange().OnlyWithFigure(r => r.UnlistedSignedProjects is not null);
        RuleFor(r => r.UnlistedSignedAmountYuan).OptionalAmountInYuan();
        RuleFor(r => r.UnlistedSignedAmountQualifier).NoRange().OnlyWithFigure(r => r.UnlistedSignedAmountYuan is not null);
        RuleFor(r => r.AlsoServes).Must(w => w is null || w.Count <= 10).WithMessage(_ => Text.Format("AtMostItems", 10))
            .Must(w => w is null || w.Distinct().Count() == w.Count).WithMessage(_ => Text.Get("Distinct"));
        RuleForEach(r => r.AlsoServes).RequiredText(50);
        RuleFor(r => r.IsFlagship).Must(f => f != true).When(r => r.ParentEventId is not null)
            .WithMessage(_ => InvestmentText.Get("FlagshipSession"));
        RuleFor(r => r.Organisers).Must(o => o is null || o.Count <= 50).WithMessage(_ => Text.Format("AtMostItems", 50));
        // Child rules skip a null entry, which then reached the handler: refuse it here.
        RuleForEach(r => r.Organisers).NotNull().WithMessage(_ => Text.Get("RequiredField")).ChildRules(o =>
        {
            o.RuleFor(x => x.Name).RequiredText(200);
            o.RuleFor(x => x.Role).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        });
        RuleFor(r => r.CountriesAndRegions).Must(c => c is null || c.Count <= 250).WithMessage(_ => Text.Format("AtMostItems", 250))
            .Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage(_ => Text.Get("Distinct"));
        RuleForEach(r => r.CountriesAndRegions).CountryOrRegionCode();
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}
