namespace Federation.Platform.Places;

/// <summary>
/// Names and aliases of towns and areas as the directory compares them: trimmed, and Latin letters
/// in any case ("Torch" is "torch"); Chinese has no case, so 石岐 matches only 石岐.
/// </summary>
internal static class PlaceNames
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>The aliases to keep: trimmed, blanks left out, each once, and never the place's own name.</summary>
    public static List<string> Aliases(string name, IEnumerable<string?>? aliases) =>
        (aliases ?? [])
            .Select(a => a?.Trim() ?? "")
            .Where(a => a.Length > 0 && !Comparer.Equals(a, name))
            .Distinct(Comparer)
            .ToList();

    /// <summary>Every text that means the place: its name, then its aliases.</summary>
    public static IEnumerable<string> Of(string name, IEnumerable<string> aliases) => aliases.Prepend(name);

    /// <summary>
    /// The first of the new place's name and aliases that one of <paramref name="others"/> already
    /// answers to, or null when every one is free.
    /// </summary>
    public static NameClash? Clash(string name, IReadOnlyList<string> aliases, IEnumerable<INamedPlace> others)
    {
        var holders = new Dictionary<string, string>(Comparer);
        foreach (var other in others)
            foreach (var taken in Of(other.Name, other.Aliases))
                holders.TryAdd(taken, other.Name);
        if (holders.TryGetValue(name, out var holder)) return new NameClash("name", name, holder);
        foreach (var alias in aliases)
            if (holders.TryGetValue(alias, out holder)) return new NameClash("aliases", alias, holder);
        return null;
    }
}

/// <summary>A name or alias (<paramref name="Taken"/>) already meaning another place (<paramref name="HeldBy"/>), found in the request's <paramref name="Field"/>.</summary>
internal sealed record NameClash(string Field, string Taken, string HeldBy);
