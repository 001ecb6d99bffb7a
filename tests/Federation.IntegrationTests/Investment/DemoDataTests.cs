using System.Net;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Investment;

/// <summary>The first run of an empty database loads the seed report's 2023 investment facts.</summary>
[Collection(Demo2023.Name)]
public sealed class DemoDataTests(DemoFederation demo)
{
    [Fact]
    public async Task The_demo_ledger_holds_the_reports_2023_investment_figures()
    {
        var admin = demo.Admin;

        var signed = await (await admin.GetAsync("/api/investment/projects?year=2023&stage=signed")).ShouldBe(HttpStatusCode.OK);
        var brokeGround = await (await admin.GetAsync("/api/investment/projects?year=2023&stage=groundbreaking")).ShouldBe(HttpStatusCode.OK);
        var intent = await (await admin.GetAsync("/api/investment/projects?year=2023&stage=intent")).ShouldBe(HttpStatusCode.OK);

        (signed.GetProperty("totalAmountYuan").GetDecimal() + brokeGround.GetProperty("totalAmountYuan").GetDecimal())
            .Should().Be(9_612_000_000m, "全年助力引进投资96.12亿元");
        intent.GetProperty("totalAmountYuan").GetDecimal().Should().Be(1_500_000_000m, "石岐 signed about 15亿元 of intended investment in Hong Kong");

        var events = await (await admin.GetAsync("/api/investment/events?year=2023&kind=conference")).Body();
        events.GetProperty("total").GetInt32().Should().Be(3, "three flagship conferences in Feb, Aug and Nov");
        var february = events.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("startDate").GetString() == "2023-02-26");
        february.GetProperty("countriesAndRegions").GetArrayLength().Should().Be(23);
        february.GetProperty("attendeeCount").GetInt32().Should().BeGreaterThanOrEqualTo(200);

        var onSite = await (await admin.GetAsync($"/api/investment/projects?eventId={february.Id()}")).Body();
        onSite.GetProperty("total").GetInt32().Should().Be(7);
        onSite.GetProperty("totalAmountYuan").GetDecimal().Should().Be(5_600_000_000m);

        var credit = await (await admin.GetAsync("/api/investment/credit-lines?year=2023")).Body();
        credit.GetProperty("totalAmountYuan").GetDecimal().Should().Be(12_000_000_000m);
    }

    [Fact]
    public async Task A_branch_user_of_Shiqi_sees_only_Shiqis_trip()
    {
        using var factory = new FederationFactory().With("Bootstrap:DemoData", "true");
        var federation = await TestFederation.Create(factory);
        var organisations = await (await federation.Admin.GetAsync("/api/admin/organisations")).Body();
        var shiqi = organisations.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "石岐街道侨联").Id();
        var branchUser = await federation.User(shiqi, "branch-staff");

        var events = await (await branchUser.GetAsync("/api/investment/events")).Body();

        events.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Should().Equal("investmentTrip");
        var projects = await (await branchUser.GetAsync("/api/investment/projects")).Body();
        projects.GetProperty("total").GetInt32().Should().Be(2);
    }
}
