using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>
/// An expansion plan heard from an enterprise travels over the bus to the Investment work line as
/// an intent-stage project, and comes back to the enterprise's timeline from Investment's events.
/// </summary>
public sealed class InvestmentLeadTests(EnterpriseWorld world) : IClassFixture<EnterpriseWorld>
{
    private const string Concerns = "/api/enterprises/concerns";

    [Fact]
    public async Task An_expansion_concern_becomes_an_intent_project_of_the_enterprise_once_and_shows_on_its_timeline()
    {
        var body = EnterpriseRequests.Enterprise(name: $"中山市永盛智能家电有限公司{EnterpriseRequests.Unique()}");
        body["town"] = "翠亨新区";
        body["industry"] = "智能家电";
        body["investorCountryOrRegion"] = "SG";
        var enterprise = await world.Register(world.Staff, body);
        var name = enterprise.GetProperty("name").GetString()!;
        var plan = EnterpriseRequests.Concern(enterprise.Id(), "2024-06-03", "expansion");
        plan["description"] = "企业计划新增一条自动化生产线，希望了解用地和投资落地政策";
        var concern = await EnterpriseRequests.Created(world.Staff, Concerns, plan);

        var led = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{concern.Id()}/investment-lead",
            new { estimatedAmount = 35_000_000.5m, version = concern.Version() })).ShouldBe(HttpStatusCode.OK);

        led.GetProperty("leadRaisedOn").ValueKind.Should().Be(JsonValueKind.String, "the concern records that its lead was passed on");
        var projects = await Eventually.Within(TimeSpan.FromSeconds(20), () => IntentProjectsOf(name), p => p.Count > 0);
        var project = projects.Should().ContainSingle("one lead enters one project").Subject;
        project.GetProperty("investorName").GetString().Should().Be(name);
        project.GetProperty("amountYuan").GetDecimal().Should().Be(35_000_000.5m);
        project.GetProperty("stage").GetString().Should().Be("intent");
        project.GetProperty("town").GetString().Should().Be("翠亨新区");
        project.GetProperty("industry").GetString().Should().Be("智能家电");
        project.GetProperty("investorCountryOrRegion").GetString().Should().Be("SG");

        var again = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{concern.Id()}/investment-lead",
            new { estimatedAmount = 1m, version = led.Version() })).ShouldBe(HttpStatusCode.Conflict);
        again.GetProperty("errors").EnumerateObject().Should().ContainSingle("a lead is passed on once");
        (await IntentProjectsOf(name)).Should().HaveCount(1, "the second try entered no project");

        var timeline = await world.TimelineWhen(world.Staff, enterprise.Id(), items => items.Any(i => Kind(i) == "investmentProject"));
        var line = timeline.Single(i => Kind(i) == "investmentProject");
        line.GetProperty("workLine").GetString().Should().Be("Investment");
        line.GetProperty("title").GetString().Should().Be(project.GetProperty("name").GetString());
        line.GetProperty("amountFen").GetInt64().Should().Be(3_500_000_050);
        line.GetProperty("state").GetString().Should().BeEquivalentTo("intent");
        timeline.Should().Contain(i => Kind(i) == "concern" && i.GetProperty("sourceId").GetGuid() == concern.Id());
    }

    [Fact]
    public async Task Only_an_expansion_concern_becomes_a_lead_and_a_concern_whose_lead_was_passed_on_stays()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var tax = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterprise.Id(), "2024-06-03", "tax"));

        var refused = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{tax.Id()}/investment-lead",
            new { estimatedAmount = 1_000_000m, version = tax.Version() })).ShouldBe(HttpStatusCode.Conflict);

        EnterpriseRequests.ErrorFields(refused).Should().Equal("category");
        (await IntentProjectsOf(enterprise.GetProperty("name").GetString()!)).Should().BeEmpty();

        var expansion = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterprise.Id(), "2024-06-03", "expansion"));
        var led = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{expansion.Id()}/investment-lead",
            new { version = expansion.Version() })).ShouldBe(HttpStatusCode.OK);
        (await world.Staff.DeleteAsync($"{Concerns}/{expansion.Id()}?version={led.Version()}")).StatusCode
            .Should().Be(HttpStatusCode.Conflict, "the Investment ledger holds a project that came from it");
        var recategorised = EnterpriseRequests.Concern(enterprise.Id(), "2024-06-03", "finance");
        recategorised["version"] = led.Version();
        var kept = await (await world.Staff.PutAsJsonAsync($"{Concerns}/{expansion.Id()}", recategorised)).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(kept).Should().Equal("category");
    }

    private async Task<List<JsonElement>> IntentProjectsOf(string enterpriseName)
    {
        var page = await (await world.Admin.GetAsync($"/api/investment/projects?stage=intent&q={Uri.EscapeDataString(enterpriseName)}&pageSize=200"))
            .ShouldBe(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("investorName").GetString() == enterpriseName).ToList();
    }

    private static string? Kind(JsonElement item) => item.GetProperty("kind").GetString();
}
