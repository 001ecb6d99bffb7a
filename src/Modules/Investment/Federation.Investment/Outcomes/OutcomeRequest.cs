using Federation.Investment.Resources;
using Federation.Kernel.Figures;
using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.Investment.Outcomes;

/// <summary>
/// The body of recording or correcting an outcome; <see cref="Version"/> is required when
/// correcting. A quantity left out is one ("签署战略合作协议" without a number is one agreement).
/// </summary>
internal sealed record OutcomeRequest(
    OutcomeKind? Kind,
    string? Title,
    int? Quantity,
    Qualifier? QuantityQualifier,
    int? QuantityUpTo,
    decimal? AmountYuan,
    Qualifier? AmountQualifier,
    decimal? AmountUpToYuan,
    List<string>? Parties,
    [property: HappenedOn] DateOnly? On,
    Guid? EventId,
    string? Town,
    Guid? ProgrammeId,
    string? Notes,
    Guid? OrganisationId,
    int? Version);

internal sealed class OutcomeRequestValidator : AbstractValidator<OutcomeRequest>
{
    public OutcomeRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.Title).RequiredText(200);
        RuleFor(r => r.Quantity).Between(1, 100_000);
        RuleFor(r => r.QuantityQualifier).IsInEnum();
        RuleFor(r => r.QuantityUpTo).Between(1, 100_000).RangeTop(r => r.Quantity ?? 1, r => r.QuantityQualifier);
        // Rules apart, because a When covers every check before it in its chain: the amount's own check must always run.
        RuleFor(r => r.AmountYuan).OptionalAmountInYuan();
        // Only a trade cooperation intent states what it is worth; an agreement's sums are its projects'.
        RuleFor(r => r.AmountYuan).Must(a => a is null).When(r => r.Kind is not OutcomeKind.TradeCooperation)
            .WithMessage(_ => InvestmentText.Get("AmountOnlyForTrade"));
        RuleFor(r => r.AmountQualifier).IsInEnum().OnlyWithFigure(r => r.AmountYuan is not null);
        RuleFor(r => r.AmountUpToYuan).OptionalAmountInYuan().RangeTop(r => r.AmountYuan, r => r.AmountQualifier);
        RuleFor(r => r.Parties).Must(p => p is null || p.Count <= 50).WithMessage(_ => Text.Format("AtMostItems", 50));
        // RequiredText refuses a null entry too, which would otherwise reach the handler.
        RuleForEach(r => r.Parties).RequiredText(200);
        RuleFor(r => r.On).NotNull().WithMessage(_ => Text.Get("RequiredField")).PlausibleDate();
        RuleFor(r => r.Town).OptionalText(50);
        RuleFor(r => r.Notes).OptionalText(2000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}
