namespace Federation.Kernel.PersonalData;

/// <summary>
/// Masks personal values the way Chinese services print them: enough to recognise a number one
/// already knows (138****5678), not enough to call it.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>The star the masks are drawn with.</summary>
    public const char Star = '*';

    /// <summary><paramref name="value"/> masked as a <paramref name="kind"/>; null and blank stay as they are.</summary>
    public static string? Of(PersonalDataKind kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return value;
        var text = value.Trim();
        return kind switch
        {
            PersonalDataKind.Phone => Keep(text, 3, 4),
            PersonalDataKind.Email => Email(text),
            PersonalDataKind.IdNumber => Keep(text, 4, 4),
            PersonalDataKind.Address => Keep(text, Math.Min(6, text.Length / 3), 0),
            _ => text.Contains('@') ? Email(text) : Keep(text, 3, 4),
        };
    }

    /// <summary>
    /// What a reader who was shown <paramref name="shown"/> (a mask, or nothing when the value was
    /// withheld) means by sending <paramref name="submitted"/> back: the stored value when they
    /// sent what they were shown, otherwise the new value they typed.
    /// </summary>
    public static string? Kept(string? submitted, string? stored, string? shown) =>
        string.Equals(Blank(submitted), Blank(shown), StringComparison.Ordinal) ? stored : submitted;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Email(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0) return Keep(text, 1, 0);
        return text[0] + new string(Star, 3) + text[at..];
    }

    /// <summary>The first <paramref name="head"/> and last <paramref name="tail"/> characters, every other one starred; a short value keeps less.</summary>
    private static string Keep(string text, int head, int tail)
    {
        while (head + tail >= text.Length && (head > 0 || tail > 0))
        {
            if (tail >= head && tail > 0) tail--;
            else head--;
        }
        return text[..head] + new string(Star, text.Length - head - tail) + text[(text.Length - tail)..];
    }
}
