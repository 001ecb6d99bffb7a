using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Platform.Places;

/// <summary>A town as an admin adds or corrects it; <see cref="SortOrder"/> left out puts a new town last and keeps an old one's place.</summary>
internal sealed record TownRequest(string? Name, string? NameEn, IReadOnlyList<string?>? Aliases, int? SortOrder, int? Version);

/// <summary>An area of a town as an admin adds or corrects it; <see cref="SortOrder"/> as for a town.</summary>
internal sealed record AreaRequest(string? Name, IReadOnlyList<string?>? Aliases, int? SortOrder, int? Version);

internal sealed class TownRequestValidator : AbstractValidator<TownRequest>
{
    public TownRequestValidator()
    {
        RuleFor(r => r.Name).RequiredText(PlaceLimits.NameLength);
        RuleFor(r => r.NameEn).OptionalText(PlaceLimits.NameEnLength);
        RuleFor(r => r.Aliases).AtMostAliases();
        RuleForEach(r => r.Aliases).RequiredText(PlaceLimits.NameLength);
        RuleFor(r => r.SortOrder).Between(0, PlaceLimits.HighestSortOrder);
    }
}

internal sealed class AreaRequestValidator : AbstractValidator<AreaRequest>
{
    public AreaRequestValidator()
    {
        RuleFor(r => r.Name).RequiredText(PlaceLimits.NameLength);
        RuleFor(r => r.Aliases).AtMostAliases();
        RuleForEach(r => r.Aliases).RequiredText(PlaceLimits.NameLength);
        RuleFor(r => r.SortOrder).Between(0, PlaceLimits.HighestSortOrder);
    }
}

/// <summary>How long names may be and how many aliases a place may have; the columns are sized to match.</summary>
internal static class PlaceLimits
{
    public const int NameLength = 50;
    public const int NameEnLength = 100;
    public const int MostAliases = 20;
    public const int HighestSortOrder = 9999;

    public static IRuleBuilderOptions<T, IReadOnlyList<string?>?> AtMostAliases<T>(this IRuleBuilder<T, IReadOnlyList<string?>?> rule) =>
        rule.Must(a => a is null || a.Count <= MostAliases).WithMessage(_ => Text.Format("AtMostItems", MostAliases));
}
