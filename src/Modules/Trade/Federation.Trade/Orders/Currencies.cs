namespace Federation.Trade.Orders;

/// <summary>
/// The currencies overseas orders come in (ISO 4217) and how many decimal places each has: an
/// amount finer than its currency's smallest unit is a typing mistake.
/// </summary>
internal static class Currencies
{
    public const string Yuan = "CNY";

    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["CNY"] = 2, ["USD"] = 2, ["EUR"] = 2, ["HKD"] = 2, ["MOP"] = 2, ["TWD"] = 2, ["GBP"] = 2, ["AUD"] = 2, ["CAD"] = 2,
        ["NZD"] = 2, ["SGD"] = 2, ["MYR"] = 2, ["THB"] = 2, ["PHP"] = 2, ["INR"] = 2, ["AED"] = 2, ["SAR"] = 2, ["CHF"] = 2,
        ["SEK"] = 2, ["NOK"] = 2, ["DKK"] = 2, ["RUB"] = 2, ["BRL"] = 2, ["MXN"] = 2, ["ZAR"] = 2, ["IDR"] = 2,
        ["JPY"] = 0, ["KRW"] = 0, ["VND"] = 0,
    };

    public static IReadOnlyCollection<string> All => MinorUnits.Keys;

    public static bool IsKnown(string? code) => code is not null && MinorUnits.ContainsKey(code);

    /// <summary>Whether <paramref name="amount"/> has no more decimals than the currency's smallest unit.</summary>
    public static bool FitsMinorUnit(string currency, decimal amount) =>
        MinorUnits.TryGetValue(currency, out var places) && decimal.Round(amount, places) == amount;
}

/// <summary>Converts an order's amount to yuan at its recorded rate, exact to the fen.</summary>
internal static class YuanConversion
{
    /// <summary>
    /// amount × rate, rounded once to the fen, halves away from zero (四舍五入) as Chinese bank
    /// statements do; rounding only at the end keeps the rate's full precision.
    /// </summary>
    public static long ToFen(decimal amount, decimal rateToYuan) =>
        (long)decimal.Round(amount * rateToYuan * 100m, 0, MidpointRounding.AwayFromZero);
}
