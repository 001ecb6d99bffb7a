using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// Press reports entered as they are written, from an empty database through the API, with not a
/// value invented: the scorecard and the generated report (page and Word document) say back what
/// the press report said, qualifiers included, in Chinese and English.
/// </summary>
public sealed class PressReportScenarioTests
{
    // "300多名侨商侨领，来自30多个国家和地区；现场签约项目5个，投资总额超过20亿元；达成贸易合作意向逾10亿元，
    //  签署战略合作协议6份，12家行业协会加入合作联盟；同期举办3场产业对接分会"
    [Fact]
    public async Task A_flagship_conference_report_reads_back_with_every_figure_as_it_was_stated()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var conference = await Create(admin, "/api/investment/events", Conference("2036世界侨商创新发展大会", "2036-04-18").With(new()
        {
            ["isFlagship"] = true,
            ["attendeeCount"] = 300, ["attendeeQualifier"] = "atLeast",
            ["statedCountries"] = 30, ["statedCountriesQualifier"] = "atLeast",
            ["unlistedSignedProjects"] = 5,
            ["unlistedSignedAmountYuan"] = 2_000_000_000m, ["unlistedSignedAmountQualifier"] = "atLeast",
        }));
        foreach (var industry in new[] { "智能制造", "生物医药", "数字经济" })
            await Create(admin, "/api/investment/events", Conference($"{industry}产业对接分会", "2036-04-18").With(new() { ["parentEventId"] = conference }));
        await Create(admin, "/api/investment/outcomes", Outcome("tradeCooperation", "贸易合作意向", "2036-04-18", conference).With(new()
        {
            ["amountYuan"] = 1_000_000_000m, ["amountQualifier"] = "atLeast",
        }));
        await Create(admin, "/api/investment/outcomes", Outcome("agreement", "战略合作协议", "2036-04-18", conference).With(new() { ["quantity"] = 6 }));
        await Create(admin, "/api/investment/outcomes", Outcome("organisationsJoined", "行业协会加入合作联盟", "2036-04-18", conference).With(new() { ["quantity"] = 12 }));

        var figures = await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Read(admin, "/api/scorecard/2036"),
            f => Kpi(f, "investment.organisations-joined").Value == 12 && Kpi(f, "investment.sub-sessions").Value == 3);

        Kpi(figures, "investment.events-held").Should().Be((1m, "exact"), "sub-sessions are not events held");
        Kpi(figures, "investment.flagship-conferences").Should().Be((1m, "exact"));
        Kpi(figures, "investment.sub-sessions").Should().Be((3m, "exact"));
        Kpi(figures, "investment.attendees").Should().Be((300m, "atLeast"), "300多名");
        Kpi(figures, "investment.countries-reached").Should().Be((30m, "atLeast"), "来自30多个国家和地区, none listed");
        Kpi(figures, "investment.projects-signed").Should().Be((5m, "exact"));
        Kpi(figures, "investment.signed-amount").Should().Be((2_000_000_000m, "atLeast"), "投资总额超过20亿元");
        Kpi(figures, "investment.intended-trade").Should().Be((1_000_000_000m, "atLeast"), "贸易合作意向逾10亿元, not a won order");
        Kpi(figures, "investment.agreements").Should().Be((6m, "exact"));
        Kpi(figures, "investment.organisations-joined").Should().Be((12m, "exact"));
        Kpi(figures, "investment.groundbreaking-rate").Should().Be((0m, "exact"), "nothing in the ledger has been followed yet");

        var page = await PageClient.Admin(factory);
        var report = await page.Get("/scorecard/report?year=2036");
        var chinese = Paragraphs(report.Document);
        chinese.Should().ContainSingle("only the investment line did anything in 2036");
        chinese[0].Should().Be(
            "2036年，中山市归国华侨联合会围绕“双招双引”中心工作，举办1场大会（2036世界侨商创新发展大会），共举办招商活动1场，" +
            "同期举办分会和对接会3场，参会300多人次，覆盖30多个国家和地区；现场及跟进签约项目5个，全年助力引进投资超过20亿元；" +
            "签署合作协议6份；12家组织和协会加入合作；达成贸易合作意向1项，意向贸易额超过10亿元。");
        var english = Paragraphs((await page.Submit(report.Document, "form[action='/language']")).Document);
        english[0].Should().EndWith(
            "worked to attract investment and talent; it held 1 flagship conference (2036世界侨商创新发展大会); " +
            "1 investment event was held in all, with 3 sub-sessions alongside, with more than 300 attendances from more than 30 countries and regions; " +
            "5 projects were signed, bringing in more than 2 billion yuan of investment; 6 cooperation agreements were signed; " +
            "12 organisations and associations joined in cooperation; 1 trade cooperation intent was reached worth more than 1 billion yuan.");

        var docx = await admin.GetAsync("/api/scorecard/years/2036/report.docx");
        docx.StatusCode.Should().Be(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)
            .Should().Contain(chinese[0]).And.Contain(t => t.Contains("2036年度工作报告"));
        var cells = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First()
            .Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        cells.Should().ContainEquivalentOf(new[] { "签约项目金额", "超过20亿元" }).And.ContainEquivalentOf(new[] { "参会人数", "300多" })
            .And.ContainEquivalentOf(new[] { "覆盖国家和地区", "30多" });
    }

    // "石岐区侨联在岐江新城核心区举办侨商恳谈会，80余名侨商参加，来自10个国家和地区（港澳等）；现场达成意向投资约3亿元，签署框架协议2份"
    [Fact]
    public async Task A_branch_conference_with_an_unnamed_investor_and_listed_and_unlisted_countries_is_the_branchs_own_report()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var admin = federation.Admin;
        var gathering = await Create(admin, "/api/investment/events", Conference("石岐区侨商恳谈会", "2037-09-06", federation.BranchA).With(new()
        {
            ["kind"] = "matchmaking",
            ["attendeeCount"] = 80, ["attendeeQualifier"] = "atLeast",
            ["countriesAndRegions"] = new[] { "HK", "MO" },
            ["statedCountries"] = 10,
            ["town"] = "石岐",
            ["area"] = "岐江新城核心区",
        }));
        var intent = InvestmentRequests.Project(federation.BranchA, gathering, stage: "intent");
        intent["investorName"] = null;
        intent["industry"] = null;
        intent["amountYuan"] = 300_000_000m;
        intent["amountQualifier"] = "about";
        intent["stageDate"] = "2037-09-06";
        await Create(admin, "/api/investment/projects", intent);
        await Create(admin, "/api/investment/outcomes", Outcome("agreement", "框架协议", "2037-09-06", gathering, federation.BranchA).With(new() { ["quantity"] = 2 }));

        var url = $"/api/scorecard/2037?organisationId={federation.BranchA}";
        var figures = await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Read(admin, url),
            f => Kpi(f, "investment.agreements").Value == 2 && Kpi(f, "investment.intents").Value == 1);

        Kpi(figures, "investment.attendees").Should().Be((80m, "atLeast"), "80余名");
        Kpi(figures, "investment.countries-reached").Should().Be((10m, "atLeast"), "two listed, ten stated: at least ten");
        Kpi(figures, "investment.intended-investment").Should().Be((300_000_000m, "about"), "意向投资约3亿元");
        Kpi(figures, "investment.projects-signed").Should().Be((0m, "exact"), "an intent is not a signed project");
        Kpi(figures, "investment.flagship-conferences").Should().Be((0m, "exact"));
        var area = figures.GetProperty("breakdowns").GetProperty("byArea").EnumerateArray().Single();
        area.GetProperty("label").GetString().Should().Be("岐江新城核心区", "the gathering was held in an area below the town");
        area.GetProperty("values").GetProperty("investment.events-held").GetDecimal().Should().Be(1);

        var page = await PageClient.Admin(factory);
        var report = await page.Get($"/scorecard/report?year=2037&organisationId={federation.BranchA}");
        var branchName = report.TestId("annual-report").QuerySelector("h1")!.TextContent;
        branchName.Should().StartWith("石岐区侨联-").And.EndWith("2037年度工作报告");
        Paragraphs(report.Document).Should().ContainSingle().Which.Should().Be(
            $"2037年，{branchName[..^"2037年度工作报告".Length]}围绕“双招双引”中心工作，共举办招商活动1场，参会80多人次，覆盖10多个国家和地区；" +
            "达成意向项目1个，意向投资额约3亿元；签署合作协议2份。");
        var english = Paragraphs((await page.Submit(report.Document, "form[action='/language']")).Document);
        english.Should().ContainSingle().Which.Should().EndWith(
            "1 investment event was held in all, with more than 80 attendances from more than 10 countries and regions; " +
            "1 intended project was agreed with about 300 million yuan of intended investment; 2 cooperation agreements were signed.");

        var ledger = await (await admin.GetAsync($"/api/investment/projects?organisationId={federation.BranchA}")).ShouldBe(HttpStatusCode.OK);
        var row = ledger.GetProperty("items").EnumerateArray().Single();
        row.GetProperty("investorName").ValueKind.Should().Be(JsonValueKind.Null, "the report did not name the investor");
        row.GetProperty("amountQualifier").GetString().Should().Be("about");
    }

    private static Dictionary<string, object?> Conference(string title, string date, Guid? organisationId = null)
    {
        var held = InvestmentRequests.Event(organisationId);
        held["title"] = title;
        held["startDate"] = held["endDate"] = date;
        held["venue"] = null;
        held["attendeeCount"] = null;
        held["countriesAndRegions"] = Array.Empty<string>();
        return held;
    }

    private static Dictionary<string, object?> Outcome(string kind, string title, string on, Guid eventId, Guid? organisationId = null) => new()
    {
        ["kind"] = kind, ["title"] = title, ["on"] = on, ["eventId"] = eventId, ["organisationId"] = organisationId,
    };

    private static async Task<Guid> Create(HttpClient admin, string url, Dictionary<string, object?> body) =>
        (await (await admin.PostAsJsonAsync(url, body)).ShouldBe(HttpStatusCode.Created)).Id();

    private static (decimal Value, string Qualifier) Kpi(JsonElement figures, string key)
    {
        var kpi = figures.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("key").GetString() == key);
        return (kpi.GetProperty("value").GetDecimal(), kpi.GetProperty("qualifier").GetString()!);
    }

    private static List<string> Paragraphs(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=report-paragraph]").Select(p => p.TextContent).ToList();
}

internal static class BodyExtensions
{
    /// <summary>A copy of a request body with some fields changed, so a scenario reads like the report it enters.</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, Dictionary<string, object?> changes)
    {
        var copy = new Dictionary<string, object?>(body);
        foreach (var (key, value) in changes) copy[key] = value;
        return copy;
    }
}
