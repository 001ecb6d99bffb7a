using System.Globalization;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Federation.Scorecard.Figures;

/// <summary>
/// The scorecard as an .xlsx workbook: the KPIs with their targets, then one sheet per breakdown
/// with a column per KPI, headers in the reader's language. Money is in yuan with a 亿元 column beside it.
/// </summary>
internal sealed class ScorecardWorkbook(IKpiCatalogue catalogue, IStringLocalizer<ScorecardText> text)
{
    public async Task<byte[]> Write(ScorecardFigures figures, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var kpiRows = figures.Kpis.Select(k =>
        {
            var target = figures.Targets.FirstOrDefault(t => t.KpiKey == k.Key);
            return new Dictionary<string, object?>
            {
                [text["XlsKpi"]] = k.Title,
                [text["WorkLine"]] = catalogue.WorkLineTitle(k.WorkLine)?.For(culture) ?? k.WorkLine,
                [text["XlsValue"]] = k.Value,
                [text["XlsUnit"]] = text[$"Unit.{k.Unit}"].Value,
                [text["XlsValueYi"]] = k.Unit == KpiUnit.Yuan ? Yi(k.Value) : null,
                [text["XlsTarget"]] = target?.Target,
                [text["XlsProgress"]] = target?.Progress,
                [text["XlsKey"]] = k.Key,
            };
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [text["XlsSheetKpis"]] = kpiRows,
            [text["ByMonth"]] = Sheet(text["XlsMonth"], figures.Breakdowns.ByMonth),
            [text["ByTown"]] = Sheet(text["Town"], figures.Breakdowns.ByTown),
            [text["ByArea"]] = Sheet(text["Area"], figures.Breakdowns.ByArea),
            [text["ByCountryOrRegion"]] = Sheet(text["CountryOrRegion"], figures.Breakdowns.ByCountryOrRegion),
            [text["ByWorkLine"]] = Sheet(text["WorkLine"], figures.Breakdowns.ByWorkLine),
            [text["ByOrganisation"]] = Sheet(text["Organisation"], figures.Breakdowns.ByOrganisation),
            [text["ByProgramme"]] = Sheet(text["ProgrammeName"], figures.Breakdowns.ByProgramme),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>A breakdown with a column per KPI that has facts in it (and its 亿元 beside a money column).</summary>
    private List<Dictionary<string, object?>> Sheet(string rowHeader, IReadOnlyList<BreakdownRow> rows)
    {
        var culture = CultureInfo.CurrentUICulture;
        var columns = catalogue.All.Where(k => rows.Any(r => r.Values.ContainsKey(k.Key))).ToList();
        return rows.Select(row =>
        {
            var cells = new Dictionary<string, object?> { [rowHeader] = row.Label };
            foreach (var kpi in columns)
            {
                var title = kpi.Title.For(culture);
                cells[kpi.Unit == KpiUnit.Yuan ? $"{title}（{text["Unit.Yuan"]}）" : title] = row.Value(kpi.Key);
                if (kpi.Unit == KpiUnit.Yuan) cells[$"{title}（{text["ChartUnit"]}）"] = Yi(row.Value(kpi.Key));
            }
            return cells;
        }).ToList();
    }

    private static decimal Yi(decimal yuan) => Math.Round(yuan / 100_000_000m, 4);
}
