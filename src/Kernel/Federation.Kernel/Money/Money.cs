using System.Globalization;

namespace Federation.Kernel.Money;

/// <summary>
/// An amount of yuan held exactly as integer fen (分). SQLite cannot order or sum decimals,
/// and reports must add up to the fen, so money never travels as a floating value.
/// </summary>
/// <param name="Fen">The amount in fen (分), a hundredth of a yuan.</param>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    /// <summary>The largest amount the product accepts: one trillion yuan (一万亿元).</summary>
    public static readonly Money Max = new(1_000_000_000_000L * 100);

    /// <summary>No money: where a sum starts.</summary>
    public static Money Zero => new(0);

    /// <summary>Converts yuan with at most two decimal places; anything finer is refused, not rounded.</summary>
    public static Money FromYuan(decimal yuan)
    {
        // The range is checked in yuan first: scaling a huge decimal to fen overflows.
        if (yuan > Max.Yuan || yuan < -Max.Yuan)
            throw new ArgumentOutOfRangeException(nameof(yuan), "The amount is beyond one trillion yuan.");
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
            throw new ArgumentException("An amount in yuan has at most two decimal places.", nameof(yuan));
        return new Money((long)fen);
    }

    /// <summary>Whether <paramref name="yuan"/> converts exactly, is not negative and is at most <see cref="Max"/>.</summary>
    public static bool IsValidAmount(decimal yuan) =>
        yuan >= 0 && yuan <= Max.Yuan && decimal.Round(yuan, 2) == yuan;

    /// <summary>The amount in yuan, exact to the fen.</summary>
    public decimal Yuan => Fen / 100m;

    /// <summary>Adds two amounts; an overflow throws rather than wraps.</summary>
    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));
    /// <summary>Subtracts one amount from another; an overflow throws rather than wraps.</summary>
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));
    /// <summary>Orders amounts by value.</summary>
    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>
    /// The way Chinese reports write money: 96.12亿元, 5600万元, 800元 (zh) or
    /// 9.612 bn yuan style in English. Two decimals at most, trailing zeros dropped.
    /// </summary>
    public string ToDisplay(CultureInfo culture)
    {
        var yuan = Yuan;
        var chinese = culture.TwoLetterISOLanguageName == "zh";
        var abs = Math.Abs(yuan);
        if (abs >= 100_000_000m)
            return chinese ? $"{Trim(yuan / 100_000_000m)}亿元" : $"{Trim(yuan / 100_000_000m)} hundred million yuan";
        if (abs >= 10_000m)
            return chinese ? $"{Trim(yuan / 10_000m)}万元" : $"{Trim(yuan / 10_000m)} ten thousand yuan";
        return chinese ? $"{Trim(yuan)}元" : $"{Trim(yuan)} yuan";
    }

    /// <summary>The amount as Chinese reports write it (<see cref="ToDisplay"/> in zh-CN), e.g. 5600万元.</summary>
    public override string ToString() => ToDisplay(CultureInfo.GetCultureInfo("zh-CN"));

    private static string Trim(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
