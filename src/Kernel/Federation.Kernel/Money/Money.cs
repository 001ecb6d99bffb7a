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
    /// The way reports write money: 96.12亿元, 5600万元, 800元 in Chinese; 9.612 billion yuan,
    /// 350 million yuan, 80,000 yuan in English. Chinese keeps two decimals of its unit, English three
    /// of a billion or million (so 96.12亿元 reads 9.612 billion); trailing zeros are dropped.
    /// </summary>
    public string ToDisplay(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? Chinese(Yuan) : English(Yuan);

    private static string Chinese(decimal yuan)
    {
        var abs = Math.Abs(yuan);
        if (abs >= 100_000_000m) return $"{Trim(yuan / 100_000_000m, 2)}亿元";
        if (abs >= 10_000m) return $"{Trim(yuan / 10_000m, 2)}万元";
        return $"{Trim(yuan, 2)}元";
    }

    private static string English(decimal yuan)
    {
        var abs = Math.Abs(yuan);
        if (abs >= 1_000_000_000m) return $"{Trim(yuan / 1_000_000_000m, 3)} billion yuan";
        if (abs >= 1_000_000m) return $"{Trim(yuan / 1_000_000m, 3)} million yuan";
        return Math.Round(yuan, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture) + " yuan";
    }

    /// <summary>The amount as Chinese reports write it (<see cref="ToDisplay"/> in zh-CN), e.g. 5600万元.</summary>
    public override string ToString() => ToDisplay(CultureInfo.GetCultureInfo("zh-CN"));

    private static string Trim(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);
}
