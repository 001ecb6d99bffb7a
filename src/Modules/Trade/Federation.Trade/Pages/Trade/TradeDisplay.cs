using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Trade.Orders;

namespace Federation.Trade.Pages.Trade;

/// <summary>How the trade pages show what the shell's <c>Display</c> does not: amounts in their own currency, rates, countries, shares.</summary>
internal static class TradeDisplay
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '\n', '\r'];

    /// <summary>The currencies a form offers: yuan first, then the others by code.</summary>
    public static IReadOnlyList<string> CurrencyCodes { get; } =
        [Currencies.Yuan, .. Currencies.All.Where(c => c != Currencies.Yuan).Order(StringComparer.Ordinal)];

    /// <summary>The countries and regions a code picker suggests, by code.</summary>
    public static IReadOnlyList<CountryOrRegion> Countries => CountryOrRegion.Sorted(System.Globalization.CultureInfo.CurrentUICulture);

    /// <summary>"USD 3,200,000.00", "JPY 185,000,000": the amount with as many decimals as its currency's smallest unit.</summary>
    public static string InCurrency(string currency, decimal amount) =>
        $"{currency} {amount.ToString("N" + MinorUnitPlaces(currency), CultureInfo.InvariantCulture)}";

    /// <summary>Yuan written out to the fen, "22,549,440.00".</summary>
    public static string Fen(decimal yuan) => yuan.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>A rate as recorded, without trailing zeros: 7.0467, 1.</summary>
    public static string Rate(decimal rate) => rate.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The country or region's name in the reader's language, the code when it is not known, or 未披露 when none was given.</summary>
    public static string Country(string? code) =>
        CountryOrRegion.Find(code)?.Name(CultureInfo.CurrentUICulture) ?? code ?? Kernel.Web.Display.Disclosed(null);

    /// <summary>A share such as 1.2512 as "125.1%".</summary>
    public static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A code as typed, in capitals without spaces; blank is none.</summary>
    public static string? Code(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Concat(value.Where(ch => !char.IsWhiteSpace(ch))).ToUpperInvariant();

    /// <summary>Names on one line or several, split on 、 , ， ; ； and line breaks, blanks dropped.</summary>
    public static List<string?> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (string?)s).ToList();

    /// <summary>One item a line; commas inside an item stay.</summary>
    public static List<string?> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (string?)s).ToList();

    /// <summary>How many decimals the currency's smallest unit has (2 for dollars, 0 for yen), read from the currency list.</summary>
    private static int MinorUnitPlaces(string currency)
    {
        if (!Currencies.IsKnown(currency)) return 2;
        var places = 0;
        while (places < 4 && Currencies.FitsMinorUnit(currency, 1m / Pow10(places + 1))) places++;
        return places;
    }

    private static decimal Pow10(int n)
    {
        var value = 1m;
        for (var i = 0; i < n; i++) value *= 10m;
        return value;
    }
}
