using Federation.Platform.Resources;

namespace Federation.Platform.Pages.Admin.Places;

/// <summary>
/// Aliases as one line of text on the admin pages: typed apart by commas, 、 or semicolons, in
/// Chinese or Latin punctuation, or one a line; shown joined by the reader's list separator.
/// </summary>
internal static class AliasText
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', '\n', '\r'];

    public static IReadOnlyList<string?> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> aliases) => string.Join(PlatformText.Get("ListSeparator"), aliases);

    /// <summary>The validator's complaints about one alias ("aliases[2]") shown beside the one input that holds them all.</summary>
    public static readonly IReadOnlyDictionary<string, string> Input = new Dictionary<string, string> { ["aliases"] = "Aliases" };
}
