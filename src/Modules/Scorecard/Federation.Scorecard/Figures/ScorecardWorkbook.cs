using System.Globalization;
using Federation.Kernel.Modules;
using Federation.Scorecard.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Federation.Scorecard.Figures;

/// <summary>
/// The year's scorecard as an .xlsx workbook: the KPIs with their targets, the month trend and
/// the towns, with headers in the reader's language. Money is in yuan, with a 亿元 column beside it.
/// </summary>
internal sealed class ScorecardWorkbook(IKpiCatalogue kpis, IStringLocalizer<ScorecardText> text)
{
    public async Task<byte[]> Write(YearFigures figures, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var values = figures.Kpis.ToDictionary(k => k.Key, k => k.Value);
        var kpiRows = kpis.All.Select(k => new Dictionary<string, object?>
        {
            [text["XlsKpi"]] = k.Title.For(culture),
            [text["XlsValue"]] = values.GetValueOrDefault(k.Key),
            [text["XlsUnit"]] = text[$"Unit.{k.Unit}"].Value,
            [text["XlsTarget"]] = figures.Targets.FirstOrDefault(t => t.KpiKey == k.Key)?.Target,
            [text["XlsProgress"]] = figures.Targets.FirstOrDefault(t => t.KpiKey == k.Key)?.Progress,
            [text["XlsKey"]] = k.Key,
        }).ToList();
        var monthRows = figures.SignedAmountYuanByMonth.Select((yuan, i) => new Dictionary<string, object?>
        {
            [text["XlsMonth"]] = i + 1,
            [text["XlsAmountYuan"]] = yuan,
            [text["XlsAmountYi"]] = Math.Round(yuan / 100_000_000m, 4),
        }).ToList();
        var townRows = figures.SignedByTown.Select(t => new Dictionary<string, object?>
        {
            [text["Town"]] = t.Town,
            [text["Projects"]] = t.Projects,
            [text["XlsAmountYuan"]] = t.AmountYuan,
            [text["XlsAmountYi"]] = Math.Round(t.AmountYuan / 100_000_000m, 4),
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [text["XlsSheetKpis"]] = kpiRows,
            [text["XlsSheetMonths"]] = monthRows,
            [text["XlsSheetTowns"]] = townRows,
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        return stream.ToArray();
    }
}
