using System.Globalization;

namespace Federation.Kernel.Money;

/// <summary>
/// Reads an amount the way staff write it: "1亿", "5000万", "1.2亿元", "3,000万元", "800元",
/// "1,234.50". Forms and ledger imports share this one reading, so a figure copied from a report
/// means the same everywhere. A unit written in the text wins over the unit chosen beside the input.
/// </summary>
public static class AmountText
{
    /// <summary>一万 and 一亿: the units reports write money in.</summary>
    public const decimal TenThousand = 10_000m, HundredMillion = 100_000_000m;

    /// <summary>
    /// The number <paramref name="text"/> states, multiplied by its unit (万, 亿, 万亿), or by
    /// <paramref name="unit"/> when the text has none; false when it is not a number.
    /// </summary>
    public static bool TryParse(string? text, out decimal value, decimal unit = 1m)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var plain = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not (',' or '，')).Select(Narrow).ToArray());
        if (plain.EndsWith("人民币", StringComparison.Ordinal)) plain = plain[..^3];
        plain = plain.TrimEnd('元');
        var multiplier = unit;
        foreach (var (suffix, factor) in Units)
        {
            if (!plain.EndsWith(suffix, StringComparison.Ordinal)) continue;
            plain = plain[..^suffix.Length];
            multiplier = factor;
            break;
        }
        if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        try
        {
            value = number * multiplier;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The unit an amount is best shown in beside its input: 亿 from one hundred million, 万 from ten thousand, else 元.</summary>
    public static decimal UnitFor(decimal? yuan) => yuan switch
    {
        null => TenThousand,
        >= HundredMillion => HundredMillion,
        >= TenThousand => TenThousand,
        _ => 1m,
    };

    /// <summary>The number shown in the input for <paramref name="yuan"/> in <paramref name="unit"/>, with no trailing zeros.</summary>
    public static string InUnit(decimal? yuan, decimal unit) =>
        yuan is null ? "" : (yuan.Value / unit).ToString("0.##########", CultureInfo.InvariantCulture);

    // Longest first, so 万亿 is not read as 亿 after a number ending in 万.
    private static readonly (string Suffix, decimal Factor)[] Units =
        [("万亿", TenThousand * HundredMillion), ("亿", HundredMillion), ("千万", 1000m * TenThousand), ("百万", 100m * TenThousand), ("万", TenThousand)];

    // Full-width digits and points, as a Chinese input method types them.
    private static char Narrow(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '－' => '-',
        _ => c,
    };
}
