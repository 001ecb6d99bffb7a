using MiniExcelLibs;

namespace Federation.Benchmarks.Imports;

/// <summary>
/// A project ledger (项目台账) as a user would upload it: one project a row, every name distinct so
/// each row adds a project, with the stages, towns and industries varied the way a real ledger is.
/// </summary>
internal static class LedgerWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Industries = ["先进制造", "健康医药", "新材料", "文旅", "新一代信息技术"];
    private static readonly string[] Towns = ["火炬开发区", "翠亨新区", "石岐", "东区", "小榄镇"];

    // Mostly 签约, as in the real ledgers; 动工 and 投产 rows pass through earlier stages, which costs more per row.
    private static readonly string[] Stages = ["签约", "签约", "签约", "意向", "动工", "投产"];

    /// <summary>Writes <paramref name="rows"/> data rows under the import's Chinese headers; MiniExcel streams them out.</summary>
    public static void Write(string path, int rows, string namePrefix)
    {
        MiniExcel.SaveAs(path, Rows(rows, namePrefix), overwriteFile: true);
    }

    private static IEnumerable<Dictionary<string, object>> Rows(int count, string namePrefix)
    {
        var firstDay = new DateTime(2023, 1, 3);
        for (var i = 0; i < count; i++)
        {
            yield return new Dictionary<string, object>
            {
                ["项目名称"] = $"{namePrefix}项目{i + 1:D6}",
                ["投资方"] = $"基准测试集团{i % 997 + 1:D3}有限公司",
                ["行业"] = Industries[i % Industries.Length],
                ["金额（元）"] = 1_000_000m + i % 500 * 250_000m,
                ["落地镇街"] = Towns[i / 7 % Towns.Length],
                ["阶段"] = Stages[i % Stages.Length],
                ["阶段日期"] = firstDay.AddDays(i % 700),
            };
        }
    }
}
