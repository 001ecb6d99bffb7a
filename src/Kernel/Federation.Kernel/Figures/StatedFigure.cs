using System.Globalization;

namespace Federation.Kernel.Figures;

/// <summary>
/// A count or an amount as a report stated it: the figure, how it was qualified and, for a range,
/// its top. Adding figures keeps the qualifiers honest: a total with a lower-bound part is at least
/// the sum, with an approximate part about it, and ranges add their bottoms and their tops.
/// </summary>
/// <param name="Value">The figure said, or the bottom of a range.</param>
/// <param name="Qualifier">How it was said.</param>
/// <param name="UpTo">The top of a range; null for any other qualifier.</param>
public readonly record struct StatedFigure(decimal Value, Qualifier Qualifier = Qualifier.Exact, decimal? UpTo = null)
{
    /// <summary>Nothing yet: where a sum starts.</summary>
    public static StatedFigure Zero => new(0);

    /// <summary>The top of the figure: a range's top, otherwise the figure itself.</summary>
    public decimal Top => Qualifier == Qualifier.Range && UpTo is { } top ? top : Value;

    /// <summary>A stated figure from stored parts; a range without a top reads as exact.</summary>
    public static StatedFigure Of(decimal value, Qualifier qualifier, decimal? upTo) =>
        qualifier == Qualifier.Range && upTo is null ? new(value) : new(value, qualifier, qualifier == Qualifier.Range ? upTo : null);

    /// <summary>Adds two figures; the total is as weak as the weaker part (exact, range, at least, about).</summary>
    public static StatedFigure operator +(StatedFigure a, StatedFigure b)
    {
        var qualifier = (Qualifier)Math.Max((int)a.Qualifier, (int)b.Qualifier);
        return new(a.Value + b.Value, qualifier, qualifier == Qualifier.Range ? a.Top + b.Top : null);
    }

    /// <summary>
    /// The figure as a report writes it, each number shown by <paramref name="show"/> (which adds a
    /// unit for money): "200多" or "more than 200" for a count, "超过100亿元" or "more than 10 billion
    /// yuan" for money, "约15亿元", "10至20" or "10 to 20".
    /// </summary>
    public string Show(Func<decimal, string> show, CultureInfo culture, bool isMoney)
    {
        var chinese = culture.TwoLetterISOLanguageName == "zh";
        var value = show(Value);
        return (Qualifier, chinese) switch
        {
            (Qualifier.AtLeast, true) => isMoney ? $"超过{value}" : $"{value}多",
            (Qualifier.AtLeast, false) => $"more than {value}",
            (Qualifier.About, true) => $"约{value}",
            (Qualifier.About, false) => $"about {value}",
            (Qualifier.Range, true) => $"{value}至{show(Top)}",
            (Qualifier.Range, false) => $"{value} to {show(Top)}",
            _ => value,
        };
    }

    /// <summary>The figure with its qualifier in invariant digits, for logs and tests: "200+", "~15", "10–20".</summary>
    public override string ToString() => Qualifier switch
    {
        Qualifier.AtLeast => $"{Value.ToString(CultureInfo.InvariantCulture)}+",
        Qualifier.About => $"~{Value.ToString(CultureInfo.InvariantCulture)}",
        Qualifier.Range => $"{Value.ToString(CultureInfo.InvariantCulture)}–{Top.ToString(CultureInfo.InvariantCulture)}",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };
}
