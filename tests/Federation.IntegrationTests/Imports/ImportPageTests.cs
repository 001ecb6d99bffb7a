using Federation.IntegrationTests.Exports;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Imports;

/// <summary>The import page in a browser's shoes: upload, the dry run's report, confirm, and the export that re-imports unchanged.</summary>
public sealed class ImportPageTests
{
    private static readonly string[] Headers = ["项目名称", "投资方", "行业", "金额（元）", "落地镇街", "阶段", "阶段日期"];

    [Fact]
    public async Task A_user_uploads_a_ledger_sees_the_flagged_rows_and_imports_the_valid_ones_from_the_page()
    {
        using var factory = new FederationFactory();
        var browser = await PageClient.Admin(factory);
        var form = await browser.Get("/imports");
        form.TestId("import-templates").TextContent.Should().Contain("项目台账");
        var file = Ledgers.Workbook(Headers,
            ["页面导入项目", "页面集团", "先进制造", 3_000_000m, "石岐", "签约", "2024-02-01"],
            ["页面导入坏项目", "页面集团", "先进制造", -5m, "石岐", "签约", "2024-02-01"]);

        var uploaded = await browser.SubmitFile(form.Document, "[data-testid='import-form']", "file", "台账.xlsx", file,
            ("Ledger", "investment-projects"));
        uploaded.Path.Should().StartWith("/imports/");
        var report = await Eventually.Within(TimeSpan.FromMinutes(1), () => browser.Get(uploaded.Path),
            p => p.Document.QuerySelector("[data-testid='import-progress']") is null);

        report.TestId("import-summary").TextContent.Should().Contain("共 2 行：新增 1，更新 0，无变化 0，有错误 1").And.Contain("未写入任何数据");
        var flagged = report.All("import-row").Should().ContainSingle().Subject;
        flagged.GetAttribute("data-row").Should().Be("3");
        flagged.TextContent.Should().Contain("金额（元）").And.Contain("金额");

        var imported = await browser.Submit(report.Document, "[data-testid='import-confirm'] form:first-of-type");
        var done = await Eventually.Within(TimeSpan.FromMinutes(1), () => browser.Get(imported.Path),
            p => p.Document.QuerySelector("[data-testid='import-progress']") is null);
        done.TestId("import-summary").TextContent.Should().Contain("新增 1").And.Contain("已写入台账");
        (await browser.Get("/investment/projects?q=页面导入")).TestId("row-count").TextContent.Should().Contain("1");
    }

    [Fact]
    public async Task The_exported_ledger_imports_back_unchanged_and_recreates_the_same_rows_in_another_federation()
    {
        using var first = new FederationFactory();
        var admin = await first.Admin();
        var seed = Ledgers.Workbook(["项目名称", "投资方", "投资方国家/地区", "行业", "金额（元）", "落地镇街", "阶段", "阶段日期", "签约日期", "责任人"],
            ["往返甲", "往返集团", "新加坡", "先进制造", 123_456_789.12m, "石岐", "投产", "2023-12-01", "2023-02-15", "陈明"],
            ["往返乙", "往返集团", "", "文旅", 5_000_000m, "小榄", "意向", "2023-04-01", null, null],
            ["往返丙", "往返集团", "US", "新材料", 80_000_000m, "火炬开发区", "终止", "2023-06-30", null, null]);
        (await Ledgers.Run(admin, "investment-projects", seed, mode: "allOrNothing")).Count("added").Should().Be(3);
        var exported = await Export(admin);

        var again = await Ledgers.Run(admin, "investment-projects", exported);
        (again.Count("unchanged"), again.Count("refused")).Should().Be((3, 0), "the export is the ledger as it stands");

        using var second = new FederationFactory();
        var other = await second.Admin();
        (await Ledgers.Run(other, "investment-projects", exported, mode: "allOrNothing")).Count("added").Should().Be(3);
        var recreated = await Workbooks.Rows(other, "/investment/projects?handler=Export&q=往返");
        var original = await Workbooks.Rows(admin, "/investment/projects?handler=Export&q=往返");
        recreated.Select(Describe).Should().BeEquivalentTo(original.Select(Describe));
    }

    private static async Task<byte[]> Export(HttpClient client)
    {
        var response = await client.GetAsync("/investment/projects?handler=Export&q=往返");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string Describe(IDictionary<string, object> row) => string.Join("|", row.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));
}
