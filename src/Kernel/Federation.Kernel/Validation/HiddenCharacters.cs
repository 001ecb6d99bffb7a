using System.Globalization;
using System.Text;

namespace Federation.Kernel.Validation;

/// <summary>
/// Characters a reader cannot see but that change what a name is or how it shows: control
/// characters (NUL and the like), the bidirectional overrides that make "exe.txt" read "txt.exe",
/// and zero-width spaces that make two equal-looking names differ. Text with one is refused, so
/// that what is stored is what everyone reads; tabs and line breaks in longer text are allowed.
/// </summary>
public static class HiddenCharacters
{
    /// <summary>The first hidden character, as "U+202E", or null when the text has none.</summary>
    public static string? FindFirst(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var rune in text.EnumerateRunes())
            if (IsHidden(rune)) return $"U+{rune.Value:X4}";
        return null;
    }

    private static bool IsHidden(Rune rune)
    {
        if (rune.Value is '\t' or '\n' or '\r') return false;
        // Zero-width joiners stay: emoji and some scripts need them, and they do not hide text.
        if (rune.Value is 0x200C or 0x200D) return false;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => true,
            // Format characters: bidi embeddings, overrides and isolates, zero-width space, word joiner, BOM.
            UnicodeCategory.Format => true,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            _ => false,
        };
    }
}
