using Federation.Investment.Contracts;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Resources;

namespace Federation.Investment.Events;

/// <summary>The body of creating or correcting an investment event; <see cref="Version"/> is required when correcting.</summary>
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
    Guid? ProgrammeId = null);

internal sealed record OrganiserRequest(string? Name, OrganiserRole? Role);

internal sealed class EventRequestValidator : AbstractValidator<EventRequest>
{
    public EventRequestValidator()
    {
        RuleFor(r => r.Title).RequiredText(200);
        RuleFor(r => r.Kind).NotNull().WithMessage(_ => Text.Get("Required")).IsInEnum();
        RuleFor(r => r.StartDate).NotNull().WithMessage(_ => Text.Get("Required")).PlausibleDate();
        RuleFor(r => r.EndDate).NotNull().WithMessage(_ => Text.Get("Required")).PlausibleDate()
            .GreaterThanOrEqualTo(r => r.StartDate).When(r => r.StartDate is not null)
            .WithMessage(_ => Text.Get("EndBeforeStart"));
        RuleFor(r => r.Venue).RequiredText(200);
        RuleFor(r => r.City).RequiredText(100);
        RuleFor(r => r.AttendeeCount).NotNull().WithMessage(_ => Text.Get("Required"))
            .Between(0, 1_000_000);
        RuleFor(r => r.Organisers).Must(o => o is null || o.Count <= 50).WithMessage(_ => Text.Format("AtMostItems", 50));
        // Child rules skip a null entry, which then reached the handler: refuse it here.
        RuleForEach(r => r.Organisers).NotNull().WithMessage(_ => Text.Get("Required")).ChildRules(o =>
        {
            o.RuleFor(x => x.Name).RequiredText(200);
            o.RuleFor(x => x.Role).NotNull().WithMessage(_ => Text.Get("Required")).IsInEnum();
        });
        RuleFor(r => r.CountriesAndRegions).Must(c => c is null || c.Count <= 250).WithMessage(_ => Text.Format("AtMostItems", 250))
            .Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage(_ => Text.Get("Distinct"));
        RuleForEach(r => r.CountriesAndRegions).CountryOrRegionCode();
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}
