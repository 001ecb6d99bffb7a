using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Trade.Pilots;

internal sealed record PilotRequest(
    string? Name,
    string? Town,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    decimal? TargetAmount,
    IReadOnlyList<string?>? Participants,
    string? Notes,
    Guid? ProgrammeId,
    Guid? OrganisationId,
    int? Version);

internal sealed class PilotRequestValidator : AbstractValidator<PilotRequest>
{
    public PilotRequestValidator()
    {
        RuleFor(r => r.Name).RequiredText(200);
        RuleFor(r => r.Town).RequiredText(50);
        RuleFor(r => r.StartsOn).Known().PlausibleDate();
        RuleFor(r => r.EndsOn).Known().PlausibleDate()
            .GreaterThanOrEqualTo(r => r.StartsOn).When(r => r.StartsOn is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => Text.Get("EndBeforeStart"));
        RuleFor(r => r.TargetAmount).Must(v => v is null || Kernel.Money.Money.IsValidAmount(v.Value)).WithMessage(_ => Text.Get("Amount"));
        RuleFor(r => r.Participants).Must(p => p is null || p.Count <= 500).WithMessage(_ => Text.Format("Between", 0, 500));
        RuleForEach(r => r.Participants).RequiredText(200);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record PilotResponse(
    Guid Id, Guid OrganisationId, string Name, string Town, DateOnly StartsOn, DateOnly EndsOn, decimal TargetAmountYuan,
    IReadOnlyList<string> Participants, string? Notes, Guid? ProgrammeId, int ConfirmedOrders, decimal ConfirmedAmountYuan, decimal Achievement,
    int Version)
{
    public static PilotResponse From(TradePilot p, int orders, long amountFen) => new(p.Id, p.OrganisationId, p.Name, p.Town, p.StartsOn, p.EndsOn,
        p.TargetAmountFen / 100m, p.Participants, p.Notes, p.ProgrammeId, orders, amountFen / 100m,
        p.TargetAmountFen == 0 ? 0 : Math.Round((decimal)amountFen / p.TargetAmountFen, 4), p.Version);
}
