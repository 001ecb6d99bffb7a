using System.Text;

namespace Federation.Platform.Discussion;

/// <summary>
/// The kinds of file staff keep with records, recognised by their first bytes as well as their
/// name: a renamed program or a page of script is refused, whatever it is called.
/// </summary>
internal static class AttachmentTypes
{
    /// <summary>How many leading bytes are read to recognise a file.</summary>
    public const int HeaderLength = 8192;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, Func<ReadOnlyMemory<byte>, bool> Matches)> ByExtension =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [".pdf"] = ("application/pdf", h => StartsWith(h, Pdf)),
            [".png"] = ("image/png", h => StartsWith(h, Png)),
            [".jpg"] = ("image/jpeg", h => StartsWith(h, Jpeg)),
            [".jpeg"] = ("image/jpeg", h => StartsWith(h, Jpeg)),
            [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", h => StartsWith(h, Zip)),
            [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", h => StartsWith(h, Zip)),
            [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", h => StartsWith(h, Zip)),
            [".doc"] = ("application/msword", h => StartsWith(h, Compound)),
            [".xls"] = ("application/vnd.ms-excel", h => StartsWith(h, Compound)),
            [".txt"] = ("text/plain; charset=utf-8", IsText),
            [".csv"] = ("text/csv; charset=utf-8", IsText),
        };

    /// <summary>The extensions accepted, for the message that refuses another.</summary>
    public static string Accepted => string.Join("、", ByExtension.Keys);

    /// <summary>The content type to serve the file as, or null when its name and its bytes are not one accepted kind.</summary>
    public static string? Recognise(string fileName, ReadOnlyMemory<byte> header) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var type) && header.Length > 0 && type.Matches(header)
            ? type.ContentType
            : null;

    private static bool StartsWith(ReadOnlyMemory<byte> header, byte[] signature) => header.Span.StartsWith(signature);

    // Text has no NUL bytes and is UTF-8; the header may end inside a character, so its last three bytes are not judged.
    private static bool IsText(ReadOnlyMemory<byte> header)
    {
        var span = header.Span;
        if (span.Contains((byte)0)) return false;
        var judged = span.Length < HeaderLength ? span : span[..^3];
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(judged);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
