using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Figures;
using Federation.Scorecard.Resources;
using Microsoft.Extensions.Localization;

namespace Federation.Scorecard.Report;

/// <summary>
/// The year's report as a Word document (.docx) for the federation's own editing: the title, the
/// text, the figures table (every KPI with a value, as stated) and the breakdowns by town, country
/// or region and organisation. Plain styles only, so it opens the same in Word and LibreOffice.
/// </summary>
internal sealed class ReportDocument(IStringLocalizer<ScorecardText> text)
{
    public byte[] Write(AnnualReport report)
    {
        var culture = CultureInfo.CurrentUICulture;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(Heading(report.Title, "32"));
            foreach (var paragraph in report.Paragraphs) body.Append(Prose(paragraph));
            if (report.Programmes.Count > 0)
                body.Append(Prose(string.Format(culture, text["ReportProgrammes"], string.Join(text["ProgrammeSeparator"], report.Programmes))));
            if (report.Targets.Count > 0) body.Append(Prose(string.Join(text["Separator"], report.Targets)));

            var shown = report.Figures.Kpis.Where(k => k.Value != 0).ToList();
            body.Append(Heading(text["XlsSheetKpis"], "26"));
            body.Append(Table([text["XlsKpi"], text["XlsValue"]], shown.Select(k => new[] { k.Title, KpiDisplay.Show(k.Unit, k.Stated, culture) })));
            Breakdown(body, text["ByTown"], text["Town"], report.Figures.Breakdowns.ByTown, shown);
            Breakdown(body, text["ByArea"], text["Area"], report.Figures.Breakdowns.ByArea, shown);
            Breakdown(body, text["ByCountryOrRegion"], text["CountryOrRegion"], report.Figures.Breakdowns.ByCountryOrRegion, shown);
            Breakdown(body, text["ByOrganisation"], text["Organisation"], report.Figures.Breakdowns.ByOrganisation, shown);
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A breakdown with a column for each KPI that has a value in one of its rows.</summary>
    private static void Breakdown(Body body, string title, string rowHeader, IReadOnlyList<BreakdownRow> rows, List<KpiValue> kpis)
    {
        var columns = kpis.Where(k => k.Unit is not (KpiUnit.Percent or KpiUnit.Days) && rows.Any(r => r.Value(k.Key) != 0)).ToList();
        if (rows.Count == 0 || columns.Count == 0) return;
        body.Append(Heading(title, "26"));
        body.Append(Table([rowHeader, .. columns.Select(k => k.Title)],
            rows.Select(r => new[] { r.Label }.Concat(columns.Select(k => KpiDisplay.Show(k.Unit, r.Value(k.Key)))).ToArray())));
    }

    private static Paragraph Heading(string content, string halfPoints) => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "240" }),
        new Run(new RunProperties(new Bold(), new FontSize { Val = halfPoints }), new Text(content)));

    private static Paragraph Prose(string content) => new(
        new ParagraphProperties(new Indentation { FirstLineChars = 200 }, new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }),
        new Run(new Text(content) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(header, bold: true));
        foreach (var row in rows) table.Append(Row(row, bold: false));
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) => new(cells.Select(c => new TableCell(
        new Paragraph(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(c) { Space = SpaceProcessingModeValues.Preserve })))));
}
