using Federation.Kernel.Geography;
using Federation.Kernel.Resources;
using FluentValidation;

namespace Federation.Kernel.Validation;

/// <summary>
/// Rules every module's validators share, so the same mistake gets the same message everywhere,
/// in the request's language (messages are looked up when the rule fails, not when it is built).
/// </summary>
public static class CommonRules
{
    /// <summary>Must not be empty: null, blank text, an empty list or the type's default (0, <see cref="Guid.Empty"/>) fails.</summary>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotEmpty().WithMessage(_ => Text.Get("RequiredField"));

    /// <summary>Text that must be given, at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
            .MaximumLength(maxLength).WithMessage(_ => Text.Format("MaxLength", maxLength))
            .NoHiddenCharacters();

    /// <summary>Text that may be left out, at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage(_ => Text.Format("MaxLength", maxLength))
            .NoHiddenCharacters();

    /// <summary>No control, bidirectional or zero-width character (<see cref="HiddenCharacters"/>); the message names the one found.</summary>
    public static IRuleBuilderOptions<T, string?> NoHiddenCharacters<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must((_, text, context) =>
        {
            if (HiddenCharacters.FindFirst(text) is not { } found) return true;
            context.MessageFormatter.AppendArgument("Hidden", found);
            return false;
        }).WithMessage(_ => Text.Get("HiddenCharacter"));

    /// <summary>A required amount in yuan from 0 to one trillion with at most two decimals, so it converts to <see cref="Money.Money"/> exactly.</summary>
    public static IRuleBuilderOptions<T, decimal?> AmountInYuan<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().WithMessage(_ => Text.Get("RequiredField"))
            .Must(v => v is null || Money.Money.IsValidAmount(v.Value)).WithMessage(_ => Text.Get("Amount"));

    /// <summary>An amount in yuan that may be left out (未披露); when given, as <see cref="AmountInYuan{T}"/> checks it.</summary>
    public static IRuleBuilderOptions<T, decimal?> OptionalAmountInYuan<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(v => v is null || Money.Money.IsValidAmount(v.Value)).WithMessage(_ => Text.Get("Amount"));

    /// <summary>An optional ISO 3166-1 alpha-2 code in capitals that <see cref="CountryOrRegion"/> knows, e.g. CN, HK, US.</summary>
    public static IRuleBuilderOptions<T, string?> CountryOrRegionCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || CountryOrRegion.IsKnown(code)).WithMessage(_ => Text.Get("CountryCode"));

    /// <summary>
    /// An optional unified social credit code with a correct check character, exactly as stored
    /// (capitals, no spaces); the message says what is wrong.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> CreditCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must((_, code, context) =>
        {
            if (string.IsNullOrEmpty(code)) return true;
            var problem = Registry.CreditCode.Check(code);
            if (problem == Registry.CreditCodeProblem.None) return true;
            context.MessageFormatter.AppendArgument("Problem", problem switch
            {
                Registry.CreditCodeProblem.Length => Text.Format("CreditCode.Length", code.Length),
                Registry.CreditCodeProblem.Character => Text.Format("CreditCode.Character",
                    Registry.CreditCode.ForbiddenCharacters(code)),
                _ => Text.Get("CreditCode.Check"),
            });
            return false;
        }).WithMessage("{Problem}");

    /// <summary>An optional date between 1949 and 2100, which catches a mistyped year.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> PlausibleDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d.Value.Year >= 1949 && d.Value.Year <= 2100)).WithMessage(_ => Text.Get("PlausibleDate"));

    /// <summary>An optional whole number from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IRuleBuilderOptions<T, int?> Between<T>(this IRuleBuilder<T, int?> rule, int from, int to) =>
        rule.Must(v => v is null || (v >= from && v <= to)).WithMessage(_ => Text.Format("Between", from, to));

    /// <summary>Must be sent (not null); unlike <c>Required</c>, the default value is accepted (an enum's first member, false, 0).</summary>
    public static IRuleBuilderOptions<T, TProperty> Known<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotNull().WithMessage(_ => Text.Get("RequiredField"));

    /// <summary>An update must send the version the client read (see <see cref="Persistence.ModuleDbContext.ExpectVersion{T}(T, int?)"/>).</summary>
    public static IRuleBuilderOptions<T, int?> VersionSent<T>(this IRuleBuilder<T, int?> rule) =>
        rule.NotNull().WithMessage(_ => Text.Get("SendVersion"));

    /// <summary>
    /// The top of a stated range (<see cref="Figures.StatedFigure"/>): a range needs a top above its
    /// bottom, and a figure that is not a range has none, so a mistyped qualifier is caught.
    /// </summary>
    public static IRuleBuilderOptions<T, decimal?> RangeTop<T>(
        this IRuleBuilder<T, decimal?> rule, Func<T, decimal?> bottom, Func<T, Figures.Qualifier?> qualifier) =>
        rule.Must((request, top, context) => RangeTopFits(top, bottom(request), qualifier(request), context)).WithMessage("{Problem}");

    /// <summary>The top of a stated range of a count; see the amount's overload.</summary>
    public static IRuleBuilderOptions<T, int?> RangeTop<T>(
        this IRuleBuilder<T, int?> rule, Func<T, int?> bottom, Func<T, Figures.Qualifier?> qualifier) =>
        rule.Must((request, top, context) => RangeTopFits(top, bottom(request), qualifier(request), context)).WithMessage("{Problem}");

    /// <summary>A qualifier for a figure with no top to give: exact, at least or about, not a range.</summary>
    public static IRuleBuilderOptions<T, Figures.Qualifier?> NoRange<T>(this IRuleBuilder<T, Figures.Qualifier?> rule) =>
        rule.IsInEnum().Must(q => q is not Figures.Qualifier.Range).WithMessage(_ => Text.Get("NoRangeHere"));

    /// <summary>"More than" or "about" says something of a figure, so it comes only with one.</summary>
    public static IRuleBuilderOptions<T, Figures.Qualifier?> OnlyWithFigure<T>(this IRuleBuilder<T, Figures.Qualifier?> rule, Func<T, bool> figureGiven) =>
        rule.Must((request, q) => figureGiven(request) || q is null or Figures.Qualifier.Exact).WithMessage(_ => Text.Get("QualifierWithoutFigure"));

    private static bool RangeTopFits<T>(decimal? top, decimal? bottom, Figures.Qualifier? qualifier, ValidationContext<T> context)
    {
        var problem = (qualifier == Figures.Qualifier.Range, top, bottom) switch
        {
            (true, null, _) => Text.Get("RangeTopRequired"),
            (true, { } t, { } b) when t <= b => Text.Get("RangeTopAbove"),
            (false, not null, _) => Text.Get("RangeTopOnly"),
            _ => null,
        };
        if (problem is null) return true;
        context.MessageFormatter.AppendArgument("Problem", problem);
        return false;
    }
}
