using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>The first run of an empty database loads the seed report's 2023 enterprise services.</summary>
[Collection(Demo2023.Name)]
public sealed class EnterpriseDemoDataTests(DemoFederation demo)
{
    [Fact]
    public async Task The_2023_scorecard_of_the_demo_shows_the_reports_enterprise_figures()
    {
        var figures = await Eventually.Within(TimeSpan.FromSeconds(120), () => ScorecardRequests.Kpis(demo.Admin, "/api/scorecard/2023"),
            f => f["enterprises.enterprises-served"] == 86 && f["enterprises.campaign-coverage"] == 0.86m
                && f["enterprises.policy-sessions"] == 6 && f["enterprises.measure-items"] == 10);

        figures["enterprises.policy-sessions"].Should().Be(6, "six “中山侨声·侨界与政府部门面对面” sessions");
        figures["enterprises.measure-items"].Should().Be(10, "ten tax measures issued with the tax bureau (税侨共建)");
        figures["enterprises.joint-measures"].Should().Be(1);
        figures["enterprises.enterprises-served"].Should().Be(86, "86 of the hundred enterprises were visited");
        figures["enterprises.campaign-coverage"].Should().Be(0.86m, "86 visited against a target of 100");
        figures["enterprises.visits"].Should().BeGreaterThan(86, "some enterprises were visited twice");
    }

    [Fact]
    public async Task The_demo_enterprise_whose_expansion_plan_was_passed_on_has_the_intent_project_on_its_timeline()
    {
        var concerns = await (await demo.Admin.GetAsync("/api/enterprises/concerns?category=expansion&pageSize=200")).ShouldBe(HttpStatusCode.OK);
        var led = concerns.GetProperty("items").EnumerateArray()
            .Should().ContainSingle(c => c.GetProperty("leadRaisedOn").ValueKind == JsonValueKind.String).Subject;
        var enterpriseId = led.GetProperty("enterpriseId").GetGuid();
        var name = led.GetProperty("enterpriseName").GetString()!;

        var items = await Eventually.Within(TimeSpan.FromSeconds(120),
            async () => (await (await demo.Admin.GetAsync($"/api/enterprises/enterprises/{enterpriseId}/timeline")).ShouldBe(HttpStatusCode.OK))
                .GetProperty("items").EnumerateArray().ToList(),
            i => i.Any(x => x.GetProperty("kind").GetString() == "investmentProject"));

        var project = items.Should().ContainSingle(i => i.GetProperty("kind").GetString() == "investmentProject").Subject;
        project.GetProperty("title").GetString().Should().StartWith(name);
        project.GetProperty("state").GetString().Should().BeEquivalentTo("intent");
        project.GetProperty("amountFen").GetInt64().Should().Be(8_000_000_000, "the enterprise spoke of 8000万元");
        var ledger = await (await demo.Admin.GetAsync($"/api/investment/projects?stage=intent&q={Uri.EscapeDataString(name)}")).ShouldBe(HttpStatusCode.OK);
        ledger.GetProperty("items").EnumerateArray().Should().ContainSingle(p => p.GetProperty("investorName").GetString() == name);
    }
}
