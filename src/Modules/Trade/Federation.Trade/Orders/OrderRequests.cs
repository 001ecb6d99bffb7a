using Federation.Kernel.Figures;
using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using Federation.Trade.Contracts;
using Federation.Trade.Resources;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.Trade.Orders;

/// <summary>
/// An order as entered: a registered seller by <see cref="EnterpriseId"/> or an unregistered one
/// by name; the amount in its currency with the rate to yuan (1 for yuan); entered as intent or
/// already confirmed (then confirmed on the order date).
/// </summary>
internal sealed record OrderRequest(
    Guid? EnterpriseId,
    string? EnterpriseName,
    string? BuyerCountryOrRegion,
    string? ProductCategory,
    string? Currency,
    decimal? Amount,
    decimal? RateToYuan,
    DateOnly? RateOn,
    [property: HappenedOn] DateOnly? OrderedOn,
    OrderStatus? Status,
    Guid? PilotId,
    string? Town,
    string? Notes,
    Guid? ProgrammeId,
    Guid? OrganisationId,
    int? Version,
    Qualifier? AmountQualifier = null);

internal sealed record OrderStatusRequest(OrderStatus? Status, [property: HappenedOn] DateOnly? On, string? Reason, int? Version);

internal sealed class OrderRequestValidator : AbstractValidator<OrderRequest>
{
    private const decimal MaxAmount = 1_000_000_000_000m;

    public OrderRequestValidator()
    {
        RuleFor(r => r.EnterpriseName).RequiredText(200).When(r => r.EnterpriseId is null);
        RuleFor(r => r.EnterpriseName).OptionalText(200);
        RuleFor(r => r.BuyerCountryOrRegion).CountryOrRegionCode();
        RuleFor(r => r.AmountQualifier).NoRange();
        RuleFor(r => r.ProductCategory).RequiredText(100);
        RuleFor(r => r.Currency).NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
            .Must(Currencies.IsKnown).WithMessage(_ => TradeText.Get("UnknownCurrency"));
        RuleFor(r => r.Amount).Known()
            .GreaterThan(0).WithMessage(_ => TradeText.Get("AmountPositive"))
            .LessThanOrEqualTo(MaxAmount).WithMessage(_ => TradeText.Get("AmountTooLarge"))
            .Must((r, amount) => amount is null || !Currencies.IsKnown(r.Currency) || Currencies.FitsMinorUnit(r.Currency!, amount.Value))
            .WithMessage(_ => TradeText.Get("AmountDecimals"));
        RuleFor(r => r.RateToYuan).Known()
            .GreaterThan(0).WithMessage(_ => TradeText.Get("RatePositive"))
            .LessThanOrEqualTo(1000).WithMessage(_ => TradeText.Get("RateTooLarge"))
            .Must(rate => rate is null || decimal.Round(rate.Value, 6) == rate).WithMessage(_ => TradeText.Get("RateDecimals"))
            .Equal(1).When(r => r.Currency == Currencies.Yuan, ApplyConditionTo.CurrentValidator).WithMessage(_ => TradeText.Get("YuanRateIsOne"));
        // Only once both are within their own limits: a huge amount alone would overflow the product.
        RuleFor(r => r).Must(r => r.Amount!.Value * r.RateToYuan!.Value <= MaxAmount)
            .When(r => r.Amount is > 0 and <= MaxAmount && r.RateToYuan is > 0 and <= 1000)
            .WithName("amount").OverridePropertyName("amount").WithMessage(_ => TradeText.Get("AmountTooLarge"));
        RuleFor(r => r.RateOn).PlausibleDate();
        RuleFor(r => r.OrderedOn).Known().PlausibleDate();
        RuleFor(r => r.Status).Must(s => s is null or OrderStatus.Intent or OrderStatus.Confirmed).WithMessage(_ => TradeText.Get("EntryStatus"));
        RuleFor(r => r.Town).RequiredText(50);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed class OrderStatusRequestValidator : AbstractValidator<OrderStatusRequest>
{
    public OrderStatusRequestValidator()
    {
        RuleFor(r => r.Status).Known().IsInEnum();
        RuleFor(r => r.On).Known().PlausibleDate();
        RuleFor(r => r.Reason).RequiredText(500).When(r => r.Status == OrderStatus.Cancelled);
        RuleFor(r => r.Reason).OptionalText(500);
        RuleFor(r => r.Version).VersionSent();
    }
}

internal sealed record OrderResponse(
    Guid Id,
    Guid OrganisationId,
    Guid? EnterpriseId,
    string EnterpriseName,
    string? CreditCode,
    string? BuyerCountryOrRegion,
    string ProductCategory,
    string Currency,
    decimal Amount,
    Qualifier AmountQualifier,
    decimal RateToYuan,
    DateOnly RateOn,
    decimal AmountYuan,
    DateOnly OrderedOn,
    OrderStatus Status,
    IReadOnlyList<OrderStatus> AllowedNext,
    DateOnly? ConfirmedOn,
    DateOnly? DeliveredOn,
    DateOnly? CancelledOn,
    string? CancelReason,
    Guid? PilotId,
    string Town,
    string? Notes,
    Guid? ProgrammeId,
    int Version)
{
    public static OrderResponse From(OverseasOrder o) => new(o.Id, o.OrganisationId, o.EnterpriseId, o.EnterpriseName, o.CreditCode,
        o.BuyerCountryOrRegion, o.ProductCategory, o.Currency, o.Amount, o.AmountQualifier, o.RateToYuan, o.RateOn, o.AmountFen / 100m, o.OrderedOn, o.Status,
        OrderStatusRules.AllowedAfter(o.Status), o.ConfirmedOn, o.DeliveredOn, o.CancelledOn, o.CancelReason, o.PilotId, o.Town, o.Notes,
        o.ProgrammeId, o.Version);
}
