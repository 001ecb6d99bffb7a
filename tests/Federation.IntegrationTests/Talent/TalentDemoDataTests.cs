using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Talent;

/// <summary>The 2023 demo's talent work line: the report's figures and the pages that show them.</summary>
[Collection(Demo2023.Name)]
public sealed class TalentDemoDataTests(DemoFederation demo)
{
    [Fact]
    public async Task The_2023_scorecard_of_the_demo_shows_the_reports_talent_figures()
    {
        var factory = demo.Factory;
        var admin = await factory.Admin();

        var figures = await Eventually.Within(TimeSpan.FromSeconds(120), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2023"),
            f => f["talent.letters-of-intent"] == 21 && f["talent.partner-bases"] == 2);

        figures["talent.events-held"].Should().Be(4, "“3+N”: the Macau salon, the Russia session, the supply–demand meeting and the Moscow University session");
        figures["talent.flagship-events"].Should().Be(3);
        figures["talent.talents-met"].Should().BeGreaterThanOrEqualTo(260, "260多人");
        figures["talent.countries-reached"].Should().BeGreaterThanOrEqualTo(10, "10多个国家和地区");
        figures["talent.phd-letters"].Should().Be(18, "18名博士");
        figures["talent.master-letters"].Should().Be(3, "3名硕士");
        figures["investment.signed-amount"].Should().Be(9_612_000_000m, "the investment figures stand beside the talent ones");
        var admin2 = await PageClient.Admin(factory);
        var report = await admin2.Get("/scorecard/report?year=2023");
        report.Document.QuerySelectorAll("[data-testid=report-paragraph]").Select(p => p.TextContent)
            .Should().Contain(p => p.Contains("促成18名博士、3名硕士签署落地意向书"));
    }
    [Fact]
    public async Task The_talent_pages_show_the_demo_in_chinese()
    {
        var factory = demo.Factory;
        var admin = await PageClient.Admin(factory);

        var events = await admin.Get("/talent/events?year=2023");
        var letters = await admin.Get("/talent/letters?year=2023&degree=phD");

        events.TestId("talent-events").TextContent.Should().Contain("莫斯科大学中国学联专场供需见面会").And.Contain("沙龙");
        events.TestId("talents-met-total").TextContent.Should().Be("262");
        letters.TestId("letters-total").TextContent.Should().Be("共 18 条");
    }
}
