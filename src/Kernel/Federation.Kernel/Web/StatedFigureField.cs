using Federation.Kernel.Figures;

namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _StatedFigure partial needs to enter a figure as a report states it: the
/// number (empty when not disclosed), how it was said (exact, at least, about, a range) and, when a
/// range is allowed, its top. The fields post to the same names a module's request uses. An amount in
/// yuan (<c>Yuan: true</c>) gets a 元/万元/亿元 selector and accepts "1亿", "5000万".
/// </summary>
public sealed record StatedFigureField(
    string ValueField, string Label, decimal? Value, string QualifierField, Qualifier? Qualifier,
    string? UpToField = null, decimal? UpTo = null, bool Yuan = false)
{
    /// <summary>The qualifiers offered: a range only where the figure has a top to give.</summary>
    public IReadOnlyList<Qualifier> Choices => UpToField is null
        ? [Figures.Qualifier.Exact, Figures.Qualifier.AtLeast, Figures.Qualifier.About]
        : Enum.GetValues<Qualifier>();
}
