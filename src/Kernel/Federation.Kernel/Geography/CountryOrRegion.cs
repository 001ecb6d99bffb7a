using System.Collections.Frozen;
using System.Reflection;

namespace Federation.Kernel.Geography;

/// <summary>A country or region by its ISO 3166-1 alpha-2 code; Hong Kong, Macao and Taiwan are regions of China.</summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code in capitals, e.g. HK.</param>
/// <param name="IsRegion">True for a region rather than a country: Hong Kong, Macao, Taiwan.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="NameEn">The English name.</param>
public sealed record CountryOrRegion(string Code, bool IsRegion, string NameZh, string NameEn)
{
    private static readonly FrozenDictionary<string, CountryOrRegion> ByCode = Load();

    /// <summary>Every known country and region, in code order.</summary>
    public static IReadOnlyCollection<CountryOrRegion> All => ByCode.Values;

    /// <summary>
    /// Every country and region as a pick-list shows them: by Chinese name in pinyin order for a
    /// Chinese reader, by English name otherwise.
    /// </summary>
    public static IReadOnlyList<CountryOrRegion> Sorted(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? ByChineseName.Value : ByEnglishName.Value;

    private static readonly Lazy<IReadOnlyList<CountryOrRegion>> ByChineseName = new(() => Order("zh-CN", c => c.NameZh));
    private static readonly Lazy<IReadOnlyList<CountryOrRegion>> ByEnglishName = new(() => Order("en", c => c.NameEn));

    private static IReadOnlyList<CountryOrRegion> Order(string culture, Func<CountryOrRegion, string> name)
    {
        var compare = System.Globalization.CultureInfo.GetCultureInfo(culture).CompareInfo;
        return [.. ByCode.Values.OrderBy(name, Comparer<string>.Create((a, b) => compare.Compare(a, b))).ThenBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="code"/> is a known upper-case alpha-2 code.</summary>
    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    /// <summary>The country or region for a known code, or null.</summary>
    public static CountryOrRegion? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var found) ? found : null;

    /// <summary>The name in the reader's language: Chinese for zh, English otherwise.</summary>
    public string Name(System.Globalization.CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? NameZh : NameEn;

    private static FrozenDictionary<string, CountryOrRegion> Load()
    {
        // Shipped inside the assembly: the product never fetches reference data at run time.
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Federation.Kernel.Geography.countries-and-regions.csv")!;
        using var reader = new StreamReader(stream);
        var entries = new List<CountryOrRegion>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(',');
            entries.Add(new CountryOrRegion(parts[0], parts[1] == "region", parts[2], parts[3].Replace(';', ',')));
        }
        return entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
    }
}
