using Federation.Kernel.Geography;
using FluentValidation;

namespace Federation.Kernel.Validation;

/// <summary>Rules every module's validators share, so the same mistake gets the same message everywhere.</summary>
public static class CommonRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("This field is required.")
            .MaximumLength(maxLength).WithMessage($"At most {maxLength} characters.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage($"At most {maxLength} characters.");

    public static IRuleBuilderOptions<T, decimal?> AmountInYuan<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().WithMessage("This field is required.")
            .Must(v => v is null || Money.Money.IsValidAmount(v.Value))
            .WithMessage("An amount in yuan from 0 to one trillion, with at most two decimal places.");

    public static IRuleBuilderOptions<T, string?> CountryOrRegionCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || CountryOrRegion.IsKnown(code))
            .WithMessage("Use an ISO 3166-1 alpha-2 code in capitals, e.g. CN, HK, US.");

    public static IRuleBuilderOptions<T, DateOnly?> PlausibleDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d.Value.Year >= 1949 && d.Value.Year <= 2100))
            .WithMessage("A date between 1949 and 2100.");
}
