namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Text an attacker or a careless paste puts into a free-text field: SQL, markup and script,
/// spreadsheet formulas, paths, and astral or joined Unicode. Each fits
/// a 50-character field (a town), so it can go into any text field; <see cref="LongCjk"/> fills a
/// 4,000-character notes field. None starts or ends with white space, which the API trims from
/// every text on purpose (a tab before "=1+1" is not kept).
/// </summary>
internal static class HostileText
{
    public static readonly IReadOnlyList<string> All =
    [
        "'; DROP TABLE inv_projects;--",
        "Robert'); DELETE FROM plt_users;--",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>&amp;&lt;",
        "=cmd|' /C calc'!A0",
        "+SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://a.test\",\"点此\")",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        // A direction override or a zero-width space is refused instead (Security/HiddenCharacterTests);
        // a joiner inside an emoji is kept.
        "侨\u200D联",
        "😀𠀀𝟘👨‍👩‍👧",
        "{{7*7}}${7*7}@(1+1)",
    ];

    /// <summary>4,000 characters of Chinese, the longest notes any record takes.</summary>
    public static readonly string LongCjk = string.Concat(Enumerable.Repeat("侨联双招双引工作平台", 400));

    /// <summary>What a spreadsheet would run as a formula if the cell were not plain text.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && "=+-@\t".Contains(text[0]);
}
