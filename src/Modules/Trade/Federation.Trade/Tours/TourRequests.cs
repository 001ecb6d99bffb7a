using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using Federation.Trade.Resources;
using FluentValidation;

namespace Federation.Trade.Tours;

internal sealed record TourRequest(
    string? Title,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    IReadOnlyList<string?>? Towns,
    IReadOnlyList<ParticipantsRequest?>? Participants,
    string? Outcomes,
    Guid? ProgrammeId,
    Guid? OrganisationId,
    int? Version);

internal sealed record ParticipantsRequest(string? CountryOrRegion, int? PersonTimes);

internal sealed class TourRequestValidator : AbstractValidator<TourRequest>
{
    public TourRequestValidator()
    {
        RuleFor(r => r.Title).RequiredText(200);
        RuleFor(r => r.StartsOn).Known().PlausibleDate();
        RuleFor(r => r.EndsOn).Known().PlausibleDate()
            .GreaterThanOrEqualTo(r => r.StartsOn).When(r => r.StartsOn is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => Text.Get("EndBeforeStart"));
        RuleFor(r => r.Towns).NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
            .Must(t => t is null || t.Count <= 50).WithMessage(_ => Text.Format("Between", 1, 50));
        RuleForEach(r => r.Towns).RequiredText(50);
        RuleFor(r => r.Participants).NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
            .Must(p => p is null || p.Count <= 100).WithMessage(_ => Text.Format("Between", 1, 100))
            .Must(p => p is null || p.Where(x => x is not null).GroupBy(x => x!.CountryOrRegion).All(g => g.Count() == 1))
            .WithMessage(_ => TradeText.Get("CountryTwice"));
        RuleForEach(r => r.Participants).NotNull().WithMessage(_ => Text.Get("RequiredField")).ChildRules(p =>
        {
            p.RuleFor(x => x!.CountryOrRegion).NotEmpty().WithMessage(_ => Text.Get("RequiredField")).CountryOrRegionCode();
            p.RuleFor(x => x!.PersonTimes).Known().Between(1, 100_000);
        });
        RuleFor(r => r.Outcomes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record TourResponse(
    Guid Id, Guid OrganisationId, string Title, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> Towns,
    IReadOnlyList<Participants> Participants, int PersonTimes, string? Outcomes, Guid? ProgrammeId, int Version)
{
    public static TourResponse From(InspectionTour t) =>
        new(t.Id, t.OrganisationId, t.Title, t.StartsOn, t.EndsOn, t.Towns, t.Participants, t.PersonTimes, t.Outcomes, t.ProgrammeId, t.Version);
}
