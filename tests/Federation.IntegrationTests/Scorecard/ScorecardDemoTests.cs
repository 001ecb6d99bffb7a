using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Federation.Scorecard.Contracts;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>The 2023 demo on the scorecard: its figures, its page in both languages, the annual report and the workbook.</summary>
[Collection(Demo2023.Name)]
public sealed class ScorecardDemoTests(DemoFederation demo)
{
    [Fact]
    public async Task The_2023_scorecard_of_the_demo_shows_the_reports_investment_figures()
    {
        var factory = demo.Factory;
        var admin = await factory.Admin();

        var figures = await Eventually.Within(TimeSpan.FromSeconds(120), () => Figures(admin, "/api/scorecard/2023"),
            f => f["investment.credit-lines"] == 12_000_000_000m && f["investment.projects-signed"] == 12);

        figures["investment.signed-amount"].Should().Be(9_612_000_000m, "全年助力引进投资96.12亿元");
        figures["investment.projects-signed"].Should().Be(12, "7 signed on site in February, 5 at the later conferences");
        figures["investment.events-held"].Should().Be(7, "3 flagship conferences and the 4 branch trips to Hong Kong");
        figures["investment.flagship-conferences"].Should().Be(3, "举办3场大会");
        figures["investment.attendees"].Should().Be(550, "200多 + 160 + 150 + 40; three trips gave no attendance");
        figures["investment.intents"].Should().Be(2, "石岐's two intended projects from its Hong Kong trip");
        figures["investment.intended-investment"].Should().Be(1_500_000_000m, "约15亿元, an intent, not a signed project");
        figures["investment.countries-reached"].Should().Be(23, "23个国家和地区");
        figures["investment.credit-lines"].Should().Be(12_000_000_000m, "100亿 + 20亿");
        figures["investment.groundbreaking-rate"].Should().Be(0.3333m, "4 of the 12 signed projects broke ground");
    }
    [Fact]
    public async Task A_leader_reads_the_2023_scorecard_page_in_yi_yuan_and_in_english_after_switching()
    {
        var factory = demo.Factory;
        var api = await factory.Admin();
        await Eventually.Within(TimeSpan.FromSeconds(120), () => Figures(api, "/api/scorecard/2023"),
            f => f["investment.credit-lines"] == 12_000_000_000m);
        var admin = await PageClient.Admin(factory);

        var page = await admin.Get("/scorecard?year=2023");

        page.Document.QuerySelector("[data-kpi='investment.signed-amount']")!.TextContent.Should().Be("96.12亿元");
        page.Document.QuerySelector("[data-kpi='investment.groundbreaking-rate']")!.TextContent.Should().Be("33.3%");
        page.TestId("kpis").TextContent.Should().Contain("签约项目金额").And.Contain("银行授信额度");
        page.TestId("by-town").TextContent.Should().Contain("翠亨新区");
        var english = await admin.Submit(page.Document, "form[action='/language']");
        english.Document.QuerySelector("[data-kpi='investment.signed-amount']")!.TextContent.Should().Be("9.612 billion yuan");
        english.TestId("kpis").TextContent.Should().Contain("Amount of projects signed");
    }
    [Fact]
    public async Task The_annual_report_page_reads_like_the_federations_report_in_both_languages()
    {
        var factory = demo.Factory;
        var api = await factory.Admin();
        await Eventually.Within(TimeSpan.FromSeconds(120), () => Figures(api, "/api/scorecard/2023"),
            f => f["investment.credit-lines"] == 12_000_000_000m);
        var admin = await PageClient.Admin(factory);

        var report = await admin.Get("/scorecard/report?year=2023");

        var investment = report.TestId("report-paragraph").TextContent;
        investment.Should().StartWith("2023年，中山市归国华侨联合会围绕“双招双引”中心工作")
            .And.Contain("举办3场大会（中国侨商投资（广东）大会中山行暨中山市侨界交流合作洽谈会、侨助高质量发展大会·侨青专场、侨助高质量发展大会·海创专场）")
            .And.Contain("共举办招商活动7场").And.Contain("参会550多人次").And.Contain("覆盖23个国家和地区")
            .And.Contain("签约项目12个").And.Contain("全年助力引进投资96.12亿元").And.Contain("达成意向项目2个，意向投资额约15亿元")
            .And.Contain("银行授信120亿元").And.NotContain("签署合作协议", "no agreement was recorded in 2023").And.NotContain("[");
        var english = await admin.Submit(report.Document, "form[action='/language']");
        var inEnglish = english.TestId("report-paragraph").TextContent;
        inEnglish.Should().Contain("it held 3 flagship conferences (").And.Contain("7 investment events were held in all")
            .And.Contain("with more than 550 attendances from 23 countries and regions")
            .And.Contain("12 projects were signed, bringing in 9.612 billion yuan of investment")
            .And.Contain("2 intended projects were agreed with about 1.5 billion yuan of intended investment")
            .And.Contain("enterprises obtained 12 billion yuan of bank credit lines");
    }
    [Fact]
    public async Task The_2023_report_names_the_programmes_run_that_year_and_2021s_names_neither()
    {
        var factory = demo.Factory;
        var api = await factory.Admin();
        await Eventually.Within(TimeSpan.FromSeconds(120), () => Figures(api, "/api/scorecard/2023"),
            f => f["investment.credit-lines"] == 12_000_000_000m);
        var admin = await PageClient.Admin(factory);

        var programmes = (await admin.Get("/scorecard/report?year=2023")).TestId("report-programmes").TextContent;
        var none = (await admin.Get("/scorecard/report?year=2021")).Document.QuerySelector("[data-testid='report-programmes']")?.TextContent ?? "";

        programmes.Should().Contain("《侨联助力高质量发展十大行动方案》").And.Contain("百家侨企服务行动");
        none.Should().NotContain("十大行动方案").And.NotContain("百家侨企服务行动", "neither had begun in 2021");
    }
    [Fact]
    public async Task The_demo_programmes_run_open_ended_with_their_actions_and_launches_and_count_towards_their_2023_targets()
    {
        var admin = await demo.Factory.Admin();
        var programmes = (await (await admin.GetAsync("/api/scorecard/programmes")).Body()).EnumerateArray()
            .ToDictionary(p => p.GetProperty("nameZh").GetString()!);

        programmes.Keys.Should().BeEquivalentTo("《侨联助力高质量发展十大行动方案》", "百家侨企服务行动", "中山市侨青联助力高质量发展十大行动", "百名海归博士深中行", "首届侨界电商直播大赛");
        var tenActions = programmes["《侨联助力高质量发展十大行动方案》"];
        tenActions.GetProperty("endsOn").ValueKind.Should().Be(JsonValueKind.Null);
        tenActions.GetProperty("actions").GetArrayLength().Should().Be(10);
        programmes["百家侨企服务行动"].GetProperty("workLine").GetString().Should().Be("Enterprises");
        programmes["中山市侨青联助力高质量发展十大行动"].GetProperty("launchedAt").GetString().Should().Be("侨助高质量发展大会·侨青专场");
        programmes["首届侨界电商直播大赛"].GetProperty("launchedAt").GetString().Should().Be("侨助高质量发展大会·海创专场");
        var targets = (await Eventually.Within(TimeSpan.FromSeconds(120), () => ScorecardRequests.Read(admin, "/api/scorecard/2023"),
                f => ScorecardRequests.Kpis(f) is var k && k["investment.flagship-conferences"] == 3 && k["investment.signed-amount"] == 9_612_000_000m))
            .GetProperty("targets").EnumerateArray()
            .Where(t => t.GetProperty("programmeId").GetGuid() == tenActions.Id())
            .ToDictionary(t => t.GetProperty("kpiKey").GetString()!, t => t.GetProperty("progress").GetDecimal());
        targets["investment.flagship-conferences"].Should().Be(1m, "3 conferences against 3 a year");
        targets["investment.signed-amount"].Should().Be(1.2015m, "96.12亿 against 80亿 a year");

        var page = await PageClient.Admin(demo.Factory);
        var launched = await page.Get($"/scorecard/programmes/{programmes["中山市侨青联助力高质量发展十大行动"].Id()}");
        launched.TestId("programme-launched-at").TextContent.Trim().Should().Be("于「侨助高质量发展大会·侨青专场」发布");
        (await page.Get($"/scorecard/programmes/{tenActions.Id()}")).Document.QuerySelectorAll("[data-testid='programme-actions'] > li")
            .Select(li => li.TextContent.Trim()).Should().HaveCount(10).And.StartWith("举办侨助高质量发展大会");
    }
    [Fact]
    public async Task The_exported_workbook_holds_the_years_figures_with_chinese_headers_and_yi_columns()
    {
        var factory = demo.Factory;
        var admin = await factory.Admin();
        await Eventually.Within(TimeSpan.FromSeconds(120), () => Figures(admin, "/api/scorecard/2023"),
            f => f["investment.credit-lines"] == 12_000_000_000m);

        var response = await admin.GetAsync("/api/scorecard/years/2023/export.xlsx");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcelLibs.MiniExcel.GetSheetNames(workbook).Should().Equal("成绩单", "按月", "按镇街", "按片区", "按国家和地区", "按工作线", "按组织", "按工作计划");
        var kpis = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "成绩单").Cast<IDictionary<string, object>>().ToList();
        var signed = kpis.Single(r => (string)r["指标代码"] == "investment.signed-amount");
        Convert.ToDecimal(signed["数值"]).Should().Be(9_612_000_000m);
        signed["指标"].Should().Be("签约项目金额");
        var months = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "按月").Cast<IDictionary<string, object>>().ToList();
        months[1]["月份"].Should().Be("2023-02");
        Convert.ToDecimal(months[1]["签约项目金额（亿元）"]).Should().Be(56m, "February's conference signed 56亿元");
        Convert.ToDecimal(months[1]["签约项目金额（元）"]).Should().Be(5_600_000_000m);
    }

    private static Task<Dictionary<string, decimal>> Figures(HttpClient client, string url) => ScorecardRequests.Kpis(client, url);
}
