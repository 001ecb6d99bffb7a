using System.Globalization;
using Federation.Platform.Resources;
using Federation.Kernel.Imports;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace Federation.Platform.Imports;

/// <summary>
/// A ledger's template: the first sheet has the headers in the reader's language and one example
/// row to overwrite; the second says what each column takes. The import reads the first sheet.
/// </summary>
internal static class ImportTemplate
{
    public static async Task<FileContentResult> File(ILedgerImport ledger, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var example = ledger.Columns.ToDictionary(c => c.Header.For(culture), c => (object?)c.Example);
        var guide = ledger.Columns.Select(c => new Dictionary<string, object?>
        {
            [PlatformText.Get("Import.Template.Column")] = c.Header.For(culture),
            [PlatformText.Get("Import.Template.Required")] = PlatformText.Get(c.Required ? "Yes" : "No"),
            [PlatformText.Get("Import.Template.Example")] = c.Example,
        }).ToList();
        var title = ledger.Title.For(culture);
        var sheets = new Dictionary<string, object>
        {
            [title] = new[] { example },
            [PlatformText.Get("Import.Template.Guide")] = guide,
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        return new FileContentResult(stream.ToArray(), ListWorkbook.ContentType)
        {
            FileDownloadName = $"{title}-{PlatformText.Get("Import.Template.Suffix")}.xlsx",
        };
    }
}
