namespace Federation.Enterprises.Pages.Enterprises;

/// <summary>Names typed on one line or several: visitors, departments, measure items.</summary>
internal static class Names
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '\n', '\r'];

    /// <summary>Splits on 、 , ， ; ； and line breaks, dropping blanks.</summary>
    public static List<string?> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (string?)s).ToList();

    /// <summary>One item a line; commas inside an item stay.</summary>
    public static List<string?> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (string?)s).ToList();
}
