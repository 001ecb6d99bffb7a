using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Imports;

/// <summary>Last year's project ledger, uploaded, checked, corrected and imported, with the scorecard following.</summary>
public sealed class ProjectImportTests
{
    private static readonly string[] Headers = ["项目名称", "投资方", "投资方国家/地区", "行业", "金额（元）", "金额（万元）", "落地镇街", "阶段", "阶段日期"];

    [Fact]
    public async Task A_dry_run_reports_every_bad_cell_and_writes_nothing_then_the_corrected_file_imports_and_the_scorecard_follows()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var flawed = Ledgers.Workbook(Headers,
            ["导入测试甲项目", "甲集团", "中国香港", "先进制造", 250_000_000m, 25_000m, "火炬开发区", "签约", "2023-03-10"],
            ["导入测试乙项目", "乙集团", "火星", "健康医药", "十亿", null, "翠亨新区", "签约", "2023/13/40"],
            ["导入测试丙项目", "丙集团", "US", "新材料", 80_000_000m, null, "", "签个约", "2023-05-01"]);

        var dryRun = await Ledgers.Run(admin, "investment-projects", flawed);

        dryRun.GetProperty("state").GetString().Should().Be("finished");
        dryRun.GetProperty("written").GetBoolean().Should().BeFalse();
        (dryRun.Count("added"), dryRun.Count("refused")).Should().Be((1, 2));
        dryRun.GetProperty("ignoredColumns").GetString().Should().Be("金额（万元）");
        var report = await Ledgers.Report(admin, dryRun.Id());
        report[2].Outcome.Should().Be("added");
        report[3].Problems.Should().HaveCount(3).And.Contain(p => p.StartsWith("country:") && p.Contains("火星"))
            .And.Contain(p => p.StartsWith("amount:") && p.Contains("十亿")).And.Contain(p => p.StartsWith("stageDate:"));
        report[4].Problems.Should().Contain(p => p.StartsWith("stage:") && p.Contains("签个约"));
        (await ProjectsNamed(admin, "导入测试")).Should().Be(0, "a dry run writes nothing");

        var corrected = Ledgers.Workbook(Headers,
            ["导入测试甲项目", "甲集团", "中国香港", "先进制造", 250_000_000m, 25_000m, "火炬开发区", "签约", "2023-03-10"],
            ["导入测试乙项目", "乙集团", "新加坡", "健康医药", 1_000_000_000m, null, "翠亨新区", "投产", "2023-11-30"],
            ["导入测试丙项目", "丙集团", "US", "新材料", 80_000_000m, null, "石岐", "意向", "2023-05-01"]);
        var checkedAgain = await Ledgers.Run(admin, "investment-projects", corrected);
        checkedAgain.Count("refused").Should().Be(0);
        var imported = await Ledgers.Confirm(admin, checkedAgain.Id(), "allOrNothing");

        imported.GetProperty("written").GetBoolean().Should().BeTrue();
        imported.Count("added").Should().Be(3);
        (await ProjectsNamed(admin, "导入测试")).Should().Be(3);
        var scorecard = await Eventually.Within(TimeSpan.FromMinutes(1),
            async () => await (await admin.GetAsync("/api/scorecard/2023")).Body(),
            s => Figure(s, "investment.signed-amount") == 1_250_000_000m);
        Figure(scorecard, "investment.signed-amount").Should().Be(1_250_000_000m, "乙 was signed on its 投产 date, 甲 on its own");
        Figure(scorecard, "investment.projects-signed").Should().Be(2);
    }

    [Fact]
    public async Task Towns_are_read_by_any_of_their_names_an_unknown_one_is_reported_by_the_dry_run_and_an_undisclosed_investor_is_no_problem()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        await (await admin.PostAsJsonAsync("/api/admin/places/towns", new { name = "石岐", aliases = new[] { "石岐街道", "石岐区" } }))
            .ShouldBe(HttpStatusCode.Created);
        var ledger = Ledgers.Workbook(Headers,
            ["别名导入甲项目", "甲集团", "", "文旅", 10_000_000m, null, "石岐街道", "签约", "2025-01-05"],
            ["别名导入乙项目", null, "", null, null, null, "石岐区", "意向", "2025-02-05"],
            ["别名导入丙项目", "丙集团", "", "文旅", 10_000_000m, null, "石歧", "签约", "2025-03-05"]);

        var dryRun = await Ledgers.Run(admin, "investment-projects", ledger);

        (dryRun.Count("added"), dryRun.Count("refused")).Should().Be((2, 1));
        var report = await Ledgers.Report(admin, dryRun.Id());
        report[4].Problems.Should().ContainSingle().Which.Should().StartWith("town:").And.Contain("石歧");
        var imported = await Ledgers.Confirm(admin, dryRun.Id(), "eachRow");
        imported.Count("added").Should().Be(2);
        var listed = await (await admin.GetAsync("/api/investment/projects?town=石岐&year=2025")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("town").GetString()).Should().Equal("石岐", "石岐");
        var again = await Ledgers.Run(admin, "investment-projects", Ledgers.Workbook(Headers,
            ["别名导入甲项目", "甲集团", "", "文旅", 10_000_000m, null, "石岐街道", "签约", "2025-01-05"],
            ["别名导入乙项目", null, "", null, null, null, "石岐区", "意向", "2025-02-05"]));
        again.Count("unchanged").Should().Be(2, "the alias names the town already stored, and the project without an investor is found again");
    }

    [Fact]
    public async Task A_row_of_a_known_project_updates_it_and_advances_its_stage_instead_of_adding_another()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var first = Ledgers.Workbook(Headers, ["导入更新项目", "丁集团", "", "文旅", 10_000_000m, null, "石岐", "签约", "2024-01-05"]);
        (await Ledgers.Run(admin, "investment-projects", first, mode: "eachRow")).Count("added").Should().Be(1);

        var again = await Ledgers.Run(admin, "investment-projects", first, mode: "eachRow");
        (again.Count("unchanged"), again.Count("added")).Should().Be((1, 0));

        var later = Ledgers.Workbook(Headers, ["导入更新项目", "丁集团", "", "文旅", 12_000_000m, null, "石岐", "动工", "2024-04-01"]);
        var updated = await Ledgers.Run(admin, "investment-projects", later, mode: "eachRow");
        updated.Count("updated").Should().Be(1);
        var ledger = await (await admin.GetAsync("/api/investment/projects?q=导入更新项目")).ShouldBe(HttpStatusCode.OK);
        ledger.GetProperty("total").GetInt32().Should().Be(1);
        var project = ledger.GetProperty("items")[0];
        (project.GetProperty("stage").GetString(), project.GetProperty("amountYuan").GetDecimal()).Should().Be(("groundbreaking", 12_000_000m));

        var backwards = Ledgers.Workbook(Headers, ["导入更新项目", "丁集团", "", "文旅", 12_000_000m, null, "石岐", "签约", "2024-01-05"]);
        var refused = await Ledgers.Run(admin, "investment-projects", backwards, mode: "eachRow");
        refused.Count("refused").Should().Be(1);
        (await Ledgers.Report(admin, refused.Id()))[2].Problems.Should().ContainSingle(p => p.StartsWith("stage:"));
    }

    private static async Task<int> ProjectsNamed(HttpClient client, string q) =>
        (await (await client.GetAsync($"/api/investment/projects?q={q}")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    private static decimal Figure(System.Text.Json.JsonElement scorecard, string key) =>
        scorecard.GetProperty("kpis").EnumerateArray().First(k => k.GetProperty("key").GetString() == key).GetProperty("value").GetDecimal();
}
