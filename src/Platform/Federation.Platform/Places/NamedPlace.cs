namespace Federation.Platform.Places;

/// <summary>What towns and areas share: a name, the aliases that also mean the place, and a place in the list.</summary>
internal interface INamedPlace
{
    string Name { get; }
    List<string> Aliases { get; }
    int SortOrder { get; }
}

internal static class DisplayOrder
{
    /// <summary>Lowest sort order first; places given the same one by name.</summary>
    public static IEnumerable<T> InDisplayOrder<T>(this IEnumerable<T> places) where T : INamedPlace =>
        places.OrderBy(p => p.SortOrder).ThenBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>The sort order that puts a new place after every one of <paramref name="places"/>.</summary>
    public static int After<T>(IEnumerable<T> places) where T : INamedPlace =>
        places.Select(p => p.SortOrder).DefaultIfEmpty(0).Max() + 10;
}
