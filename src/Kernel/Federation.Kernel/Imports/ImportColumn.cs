using System.Globalization;
using Federation.Kernel.Modules;

namespace Federation.Kernel.Imports;

/// <summary>
/// A column of a ledger's import: its key, its header in Chinese and English (the same text the
/// list's export writes, so an exported file imports as it is), whether every row needs it, an
/// example for the template, and the request fields it feeds, so a validation error on a field
/// is reported on this column.
/// </summary>
/// <param name="Key">The key a module reads the cell by, e.g. <c>row.Text("name")</c>.</param>
/// <param name="Header">The header in Chinese and English.</param>
/// <param name="Required">Whether every row must fill the column.</param>
/// <param name="Example">A sample value for the template.</param>
/// <param name="Fields">The request fields the column feeds; validation errors on them are reported on this column.</param>
public sealed record ImportColumn(string Key, LocalizedText Header, bool Required, string Example, IReadOnlyList<string> Fields)
{
    /// <summary>A column whose header is a module text, read in both languages.</summary>
    public static ImportColumn Of(string key, Func<string> header, bool required, string example, params string[] fields) =>
        new(key, Bilingual.Of(header), required, example, fields.Length == 0 ? [key] : fields);

    /// <summary>An amount in yuan, headed as the list exports write it: "金额（元）".</summary>
    public static ImportColumn Yuan(string key, Func<string> header, bool required, string example, params string[] fields) =>
        Of(key, () => Resources.Text.Format("Export.InUnit", header(), Resources.Text.Get("Export.Yuan")), required, example, fields);

    /// <summary>Whether a header cell names this column, in either language or by its key; spaces and bracket widths do not matter.</summary>
    public bool IsNamedBy(string header)
    {
        var wanted = Normalise(header);
        return wanted == Normalise(Header.Zh) || wanted == Normalise(Header.En) || wanted == Normalise(Key);
    }

    private static string Normalise(string text) => text.Trim().Replace(" ", "").Replace("（", "(").Replace("）", ")")
        .ToLowerInvariant();
}

/// <summary>Reads a text in Chinese and in English, whatever the current request's language is.</summary>
public static class Bilingual
{
    /// <summary>Simplified Chinese (zh-CN), the language of the neutral resx files.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    /// <summary>English, the language of the .en.resx files.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Reads a module text in both languages, by calling <paramref name="text"/> once in each culture.</summary>
    public static LocalizedText Of(Func<string> text) => new(In(Chinese, text), In(English, text));

    /// <summary>Runs <paramref name="read"/> with the UI culture set to <paramref name="culture"/>, then restores the request's culture.</summary>
    public static T In<T>(CultureInfo culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
