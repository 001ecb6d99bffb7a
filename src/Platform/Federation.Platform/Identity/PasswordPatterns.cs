namespace Federation.Platform.Identity;

/// <summary>
/// Passwords made of one repeated character, a repeated short group or a run along the alphabet,
/// the digits or a keyboard row (aaaaaaaaa1, abcabcabc1, abcdefg123, qwertyuiop1): long enough and
/// with letters and digits, yet among the first guesses.
/// </summary>
internal static class PasswordPatterns
{
    private static readonly string[] Rows =
    [
        "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
        "zyxwvutsrqponmlkjihgfedcba", "09876543210", "poiuytrewq", "lkjhgfdsa", "mnbvcxz",
    ];

    /// <summary>Fewer than five different characters, or at most three groups of letters or digits each a run or a repetition.</summary>
    public static bool IsRepetitiveOrSequence(string lowerCasePassword)
    {
        if (lowerCasePassword.Distinct().Count() < 5) return true;
        var groups = Groups(lowerCasePassword).ToList();
        return groups.Count <= 3 && groups.All(g => g.Length == 1 || Rows.Any(r => r.Contains(g, StringComparison.Ordinal)) || IsRepeated(g));
    }

    private static IEnumerable<string> Groups(string text)
    {
        var group = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (group.Length > 0 && (!char.IsLetterOrDigit(c) || char.IsLetter(c) != char.IsLetter(group[0])))
            {
                yield return group.ToString();
                group.Clear();
            }
            if (char.IsLetterOrDigit(c)) group.Append(c);
        }
        if (group.Length > 0) yield return group.ToString();
    }

    private static bool IsRepeated(string group)
    {
        for (var unit = 1; unit <= group.Length / 2; unit++)
        {
            if (group.Length % unit != 0) continue;
            var piece = group[..unit];
            if (Enumerable.Range(0, group.Length / unit).All(k => string.CompareOrdinal(group, k * unit, piece, 0, unit) == 0)) return true;
        }
        return false;
    }
}
