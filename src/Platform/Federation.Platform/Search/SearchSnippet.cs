namespace Federation.Platform.Search;

/// <summary>The part of a hit's text shown under its title: around the first character of the query found in it.</summary>
internal static class SearchSnippet
{
    private const int Length = 80;

    public static string Around(string text, string query)
    {
        if (text.Length <= Length) return text;
        var at = query.Where(c => !char.IsWhiteSpace(c))
            .Select(c => text.IndexOf(c.ToString(), StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Clamp(at - Length / 4, 0, text.Length - Length);
        return (start > 0 ? "…" : "") + text.Substring(start, Length) + (start + Length < text.Length ? "…" : "");
    }
}
