using System.IO.Compression;
using System.Xml.Linq;

namespace Federation.IntegrationTests.Reliability;

/// <summary>One cell of a workbook as stored: its type attribute, whether it holds a formula, and its text.</summary>
internal sealed record SheetCell(string Reference, string? Type, bool IsFormula, string Text)
{
    /// <summary>Stored as text: a shared string, an inline string, or a formula's string result.</summary>
    public bool IsText => Type is "s" or "inlineStr" or "str";
}

/// <summary>Reads the cells of every sheet of an .xlsx straight from its XML, as a spreadsheet program would find them.</summary>
internal static partial class SheetCells
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static IReadOnlyList<SheetCell> Of(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } entry
            ? Load(entry).Root!.Elements(Main + "si").Select(TextOf).ToList()
            : [];
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(sheet => Load(sheet).Descendants(Main + "c"))
            .Select(c =>
            {
                var type = (string?)c.Attribute("t");
                var value = c.Element(Main + "v")?.Value;
                var text = type switch
                {
                    "s" when int.TryParse(value, out var index) => shared[index],
                    "inlineStr" => TextOf(c.Element(Main + "is")!),
                    _ => Unescape(value ?? ""),
                };
                return new SheetCell((string?)c.Attribute("r") ?? "", type, c.Element(Main + "f") is not null, text);
            })
            .ToList();
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    // A rich or plain string item: the text of its runs in order.
    private static string TextOf(XElement item) => Unescape(string.Concat(item.Descendants(Main + "t").Select(t => t.Value)));

    /// <summary>
    /// Undoes the spreadsheet format's own escape of a UTF-16 code unit, _xHHHH_, which writers use
    /// for what XML cannot hold as it is (each half of an emoji's surrogate pair, control characters).
    /// </summary>
    private static string Unescape(string text) =>
        Escape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [System.Text.RegularExpressions.GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial System.Text.RegularExpressions.Regex Escape();
}
