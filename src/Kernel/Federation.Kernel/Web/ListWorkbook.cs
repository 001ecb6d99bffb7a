using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Resources;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace Federation.Kernel.Web;

/// <summary>A column of an exported list: its header in the reader's language and the cell of a row.</summary>
/// <param name="Header">The header, in the reader's language.</param>
/// <param name="Cell">Reads the row's value for the cell; dates, times, enums and lists are written readably.</param>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Cell);

/// <summary>
/// A list page's rows as an .xlsx workbook: the rows its filters select (every page of them),
/// headers as the reader reads them, dates as yyyy-MM-dd, money in yuan with a 万元 column
/// beside it. Cells are written as values, never formulas, so text such as "=cmd|…" stays text.
/// </summary>
public static class ListWorkbook
{
    /// <summary>The most rows one export holds; a larger ledger is narrowed with the filters first.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The MIME type of an .xlsx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Two columns for an amount: exact yuan, and 万元 rounded to four places as reports write it.</summary>
    public static IEnumerable<ExportColumn<T>> Money<T>(string header, Func<T, decimal?> yuan) =>
    [
        new(Text.Format("Export.InUnit", header, Text.Get("Export.Yuan")), r => yuan(r)),
        new(Text.Format("Export.InUnit", header, Text.Get("Export.TenThousandYuan")), r => yuan(r) is { } y ? Math.Round(y / 10_000m, 4) : null),
    ];

    /// <summary>
    /// Reads every page a list use case returns for the same filters, up to <see cref="MaxRows"/>:
    /// <paramref name="page"/> gets the page number and size and answers that page's rows and the total.
    /// </summary>
    public static async Task<List<T>> AllPages<T>(Func<int, int, Task<(IReadOnlyList<T> Items, int Total)>> page)
    {
        var rows = new List<T>();
        for (var number = 1; rows.Count < MaxRows; number++)
        {
            var (items, total) = await page(number, Paging.MaxPageSize);
            rows.AddRange(items);
            if (items.Count == 0 || rows.Count >= total) break;
        }
        return rows.Count > MaxRows ? rows[..MaxRows] : rows;
    }

    /// <summary>The workbook as a download named after the list and today's date.</summary>
    public static async Task<FileContentResult> File<T>(string name, IEnumerable<ExportColumn<T>> columns, IEnumerable<T> rows, CancellationToken ct)
    {
        var header = columns.ToList();
        var sheet = rows.Select(row => header.ToDictionary(c => c.Header, c => Cell(c.Cell(row)))).ToList();
        if (sheet.Count == 0) sheet.Add(header.ToDictionary(c => c.Header, _ => (object?)null));
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: name, cancellationToken: ct);
        return new FileContentResult(stream.ToArray(), ContentType)
        {
            FileDownloadName = $"{name}-{DateTime.UtcNow:yyyyMMdd}.xlsx",
        };
    }

    private static object? Cell(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => Display.ChinaTime(time),
        Guid id => id.ToString(),
        Enum e => e.ToString(),
        IEnumerable<string> list => string.Join(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "、" : "; ", list),
        _ => value,
    };
}
