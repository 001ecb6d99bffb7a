using Federation.Kernel.Kpis;
using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Scorecard.Programmes;

internal sealed record ProgrammeRequest(
    string? NameZh,
    string? NameEn,
    string? WorkLine,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? OwningDepartment,
    Guid? OrganisationId,
    List<TargetRequest>? Targets,
    int? Version,
    bool? CountsTaggedOnly = null,
    Guid? LaunchedAtEventId = null,
    string? LaunchedAt = null,
    List<ActionRequest>? Actions = null);

internal sealed record TargetRequest(string? KpiKey, decimal? YearlyTarget);

internal sealed record ActionRequest(string? Title, string? Description);

internal sealed class ProgrammeRequestValidator : AbstractValidator<ProgrammeRequest>
{
    private const int MostItems = 50;

    public ProgrammeRequestValidator(IKpiCatalogue kpis)
    {
        RuleFor(r => r.NameZh).RequiredText(200);
        RuleFor(r => r.NameEn).RequiredText(200);
        RuleFor(r => r.WorkLine).OptionalText(50)
            .Must(w => string.IsNullOrWhiteSpace(w) || kpis.WorkLines.Contains(w.Trim()))
            .WithMessage(_ => Text.Format("OneOf", string.Join(", ", kpis.WorkLines)));
        RuleFor(r => r.StartsOn).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        // No end date is a programme still running; one given may not come before the start.
        RuleFor(r => r.EndsOn).PlausibleDate()
            .GreaterThanOrEqualTo(r => r.StartsOn).When(r => r.StartsOn is not null && r.EndsOn is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Get("EndBeforeStart"));
        RuleFor(r => r.OwningDepartment).RequiredText(100);
        // The event's title is what the programme's page shows, so an event id needs one.
        RuleFor(r => r.LaunchedAt).OptionalText(200)
            .NotEmpty().When(r => r.LaunchedAtEventId is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => Text.Get("RequiredField"));
        RuleFor(r => r.Targets).Must(t => t is null || t.Count <= MostItems).WithMessage(_ => Text.Format("AtMostItems", MostItems))
            .Must(t => t is null || t.Where(x => x is not null).Select(x => x.KpiKey).Distinct().Count() == t.Count(x => x is not null))
            .WithMessage(_ => Text.Get("Distinct"));
        RuleForEach(r => r.Targets).NotNull().WithMessage(_ => Text.Get("RequiredField")).ChildRules(target =>
        {
            target.RuleFor(t => t.KpiKey).NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
                .Must(key => key is null || kpis.All.Any(k => k.Key == key))
                .WithMessage(_ => Text.Format("OneOf", string.Join(", ", kpis.All.Select(k => k.Key))));
            target.RuleFor(t => t.YearlyTarget).NotNull().WithMessage(_ => Text.Get("RequiredField"))
                .Must(v => v is null || (v > 0 && v <= 1_000_000_000_000m)).WithMessage(_ => Text.Format("Between", "0", "1,000,000,000,000"));
        });
        RuleFor(r => r.Actions).Must(a => a is null || a.Count <= MostItems).WithMessage(_ => Text.Format("AtMostItems", MostItems));
        RuleForEach(r => r.Actions).NotNull().WithMessage(_ => Text.Get("RequiredField")).ChildRules(action =>
        {
            action.RuleFor(a => a.Title).RequiredText(200);
            action.RuleFor(a => a.Description).OptionalText(1000);
        });
    }
}
