using System.IO.Compression;
using System.Text;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using MiniExcelLibs.OpenXml;

namespace Federation.Platform.Imports;

/// <summary>
/// An uploaded ledger, checked whole before any row is used: an .xlsx (its first sheet) or a
/// .csv in UTF-8 or GB18030 (what Chinese Excel saves). The check streams through the file once,
/// refusing what is not a spreadsheet, what unpacks past the limit, formulas, over-long cells and
/// too many rows; <see cref="Rows"/> then streams the rows again without holding the file in memory.
/// </summary>
internal sealed class LedgerFile
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] LegacyExcelMagic = [0xD0, 0xCF, 0x11, 0xE0];

    private readonly string path;
    private readonly bool isCsv;
    private readonly Encoding encoding;

    private LedgerFile(string path, bool isCsv, Encoding encoding, int dataRows, IReadOnlyList<string> headers)
    {
        this.path = path;
        this.isCsv = isCsv;
        this.encoding = encoding;
        DataRows = dataRows;
        Headers = headers;
    }

    /// <summary>Rows below the header, blank ones included; the progress bar counts against it.</summary>
    public int DataRows { get; }

    /// <summary>The header row's cells, in column order.</summary>
    public IReadOnlyList<string> Headers { get; }

    public static LedgerFile Open(string path, ImportLimits limits)
    {
        var length = new FileInfo(path).Length;
        if (length == 0) throw LedgerFileRefusedException.Because("Import.File.Empty");
        if (length > limits.MaxFileBytes) throw LedgerFileRefusedException.Because("Import.File.TooLarge", limits.MaxFileBytes / 1024 / 1024);
        var start = new byte[8];
        using (var probe = File.OpenRead(path)) probe.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        if (start.AsSpan().StartsWith(LegacyExcelMagic)) throw LedgerFileRefusedException.Because("Import.File.LegacyExcel");
        if (start.AsSpan().StartsWith(ZipMagic)) return OpenWorkbook(path, limits);
        return OpenCsv(path, limits);
    }

    /// <summary>Each data row as its spreadsheet row number and its cells in column order.</summary>
    public IEnumerable<(int Number, IReadOnlyList<object?> Cells)> Rows()
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in Query())
        {
            number++;
            if (number == 1) continue;
            yield return (number, row.Values.ToList());
        }
    }

    private IEnumerable<dynamic> Query() => isCsv
        ? MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.CSV,
            configuration: new CsvConfiguration { StreamReaderFunc = stream => new StreamReader(stream, encoding) })
        : MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { EnableSharedStringCache = true, FillMergedCells = false });

    private static LedgerFile OpenWorkbook(string path, ImportLimits limits)
    {
        var rows = 0;
        try
        {
            using var zip = new ZipArchive(File.OpenRead(path), ZipArchiveMode.Read);
            if (zip.Entries.Count > 1_000) throw LedgerFileRefusedException.Because("Import.File.Unpacked");
            if (zip.GetEntry("xl/workbook.xml") is null) throw LedgerFileRefusedException.Because("Import.File.NotSpreadsheet");
            var firstSheet = FirstSheetPath(zip);
            var budget = new UnpackBudget(limits.MaxUnpackedBytes);
            foreach (var entry in zip.Entries)
            {
                using var stream = new BudgetedStream(entry.Open(), budget);
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    var sheetRows = ScanSheet(stream, limits);
                    if (string.Equals(entry.FullName, firstSheet, StringComparison.OrdinalIgnoreCase)) rows = sheetRows;
                }
                else if (entry.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
                    ScanSharedStrings(stream, limits);
                else
                    stream.CopyTo(Stream.Null);
            }
        }
        catch (InvalidDataException)
        {
            throw LedgerFileRefusedException.Because("Import.File.NotSpreadsheet");
        }
        catch (XmlException)
        {
            throw LedgerFileRefusedException.Because("Import.File.NotSpreadsheet");
        }
        if (rows > limits.MaxRows + 1) throw LedgerFileRefusedException.Because("Import.File.TooManyRows", limits.MaxRows);
        var file = new LedgerFile(path, false, Encoding.UTF8, Math.Max(0, rows - 1), []);
        return file.WithHeaders(limits);
    }

    private static LedgerFile OpenCsv(string path, ImportLimits limits)
    {
        var encoding = TextEncodingOf(path);
        var file = new LedgerFile(path, true, encoding, 0, []);
        var rows = 0;
        foreach (IDictionary<string, object?> row in file.Query())
        {
            rows++;
            if (rows > limits.MaxRows + 1) throw LedgerFileRefusedException.Because("Import.File.TooManyRows", limits.MaxRows);
            if (row.Count > limits.MaxColumns) throw LedgerFileRefusedException.Because("Import.File.TooManyColumns", limits.MaxColumns);
            var column = 0;
            foreach (var cell in row.Values)
            {
                column++;
                if (cell is not string text) continue;
                if (text.Length > limits.MaxCellCharacters) throw LedgerFileRefusedException.Because("Import.File.CellTooLong", rows, ColumnName(column), limits.MaxCellCharacters);
                // A cell starting with "=" is a formula to Excel; refusing it keeps formulas out of the ledgers.
                if (text.TrimStart().StartsWith('=')) throw LedgerFileRefusedException.Because("Import.File.Formula", rows, ColumnName(column));
            }
        }
        return new LedgerFile(path, true, encoding, Math.Max(0, rows - 1), []).WithHeaders(limits);
    }

    private LedgerFile WithHeaders(ImportLimits limits)
    {
        var first = Query().Cast<IDictionary<string, object?>>().FirstOrDefault();
        if (first is null || first.Values.All(v => v is null || v is string { Length: 0 })) throw LedgerFileRefusedException.Because("Import.File.NoHeader");
        if (first.Count > limits.MaxColumns) throw LedgerFileRefusedException.Because("Import.File.TooManyColumns", limits.MaxColumns);
        var headers = first.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "").ToList();
        return new LedgerFile(path, isCsv, encoding, DataRows, headers);
    }

    /// <summary>UTF-8 when every byte sequence is valid UTF-8; otherwise GB18030, which Chinese Excel writes.</summary>
    private static Encoding TextEncodingOf(string path)
    {
        using (var probe = File.OpenRead(path))
        {
            var head = new byte[8192];
            var read = probe.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (head.AsSpan(0, read).Contains((byte)0)) throw LedgerFileRefusedException.Because("Import.File.NotSpreadsheet");
        }
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
            var buffer = new char[16384];
            while (reader.Read(buffer, 0, buffer.Length) > 0) { }
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>The part the workbook lists first, which is the sheet that is read.</summary>
    private static string FirstSheetPath(ZipArchive zip)
    {
        string? relation = null;
        using (var workbook = XmlReader.Create(zip.GetEntry("xl/workbook.xml")!.Open(), SafeXml()))
            while (workbook.Read())
                if (workbook.NodeType == XmlNodeType.Element && workbook.LocalName == "sheet")
                {
                    relation = workbook.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    break;
                }
        var relations = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (relation is null || relations is null) return "xl/worksheets/sheet1.xml";
        using var rels = XmlReader.Create(relations.Open(), SafeXml());
        while (rels.Read())
            if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == relation)
            {
                var target = rels.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        return "xl/worksheets/sheet1.xml";
    }

    /// <summary>Counts the rows, and refuses formulas and over-long cells, reading the sheet's XML as a stream.</summary>
    private static int ScanSheet(Stream sheet, ImportLimits limits)
    {
        var rows = 0;
        var cell = "";
        using var xml = XmlReader.Create(sheet, SafeXml());
        var buffer = new char[4096];
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "row":
                        rows++;
                        if (rows > limits.MaxRows + 1) throw LedgerFileRefusedException.Because("Import.File.TooManyRows", limits.MaxRows);
                        break;
                    case "c":
                        cell = xml.GetAttribute("r") ?? "";
                        break;
                    case "f":
                        throw LedgerFileRefusedException.Because("Import.File.FormulaAt", cell);
                }
            }
            else if (xml.NodeType == XmlNodeType.Text && TextLength(xml, buffer) > limits.MaxCellCharacters)
                throw LedgerFileRefusedException.Because("Import.File.CellTooLongAt", cell, limits.MaxCellCharacters);
        }
        return rows;
    }

    private static void ScanSharedStrings(Stream strings, ImportLimits limits)
    {
        using var xml = XmlReader.Create(strings, SafeXml());
        var buffer = new char[4096];
        while (xml.Read())
            if (xml.NodeType == XmlNodeType.Text && TextLength(xml, buffer) > limits.MaxCellCharacters)
                throw LedgerFileRefusedException.Because("Import.File.TextTooLong", limits.MaxCellCharacters);
    }

    // Reads a text node in chunks, so a cell of a hundred million characters is measured, not loaded.
    private static long TextLength(XmlReader xml, char[] buffer)
    {
        long length = 0;
        int read;
        while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0) length += read;
        return length;
    }

    private static XmlReaderSettings SafeXml() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    internal static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26) name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }

    private sealed class UnpackBudget(long limit)
    {
        private long used;

        public void Spend(int bytes)
        {
            used += bytes;
            if (used > limit) throw LedgerFileRefusedException.Because("Import.File.Unpacked");
        }
    }

    /// <summary>Counts what actually comes out of the archive, whatever sizes its headers claim.</summary>
    private sealed class BudgetedStream(Stream inner, UnpackBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Spend(read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
