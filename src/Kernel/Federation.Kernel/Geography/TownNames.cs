using System.Globalization;

namespace Federation.Kernel.Geography;

/// <summary>A stored town ("石岐", or an alias like 石岐街道) as the reader's language names it, as the pick-lists offer it.</summary>
public static class TownNames
{
    /// <summary>
    /// The town's name in <paramref name="culture"/>, and whether the directory knows it; a town it
    /// does not know (kept as typed before the list existed) comes back as typed.
    /// </summary>
    public static (string Text, bool Known) Of(IReadOnlyList<TownPlace> towns, string name, CultureInfo culture)
    {
        var town = towns.FirstOrDefault(t => t.Name == name) ?? towns.FirstOrDefault(t => t.Aliases.Contains(name));
        if (town is null) return (name, false);
        return (culture.TwoLetterISOLanguageName != "zh" && town.NameEn is not null ? town.NameEn : town.Name, true);
    }
}
