using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// Figures stated outside Investment's events and projects: a talent event's stated totals, a
/// credit line said as "超过", an intended order said as "约" with its buyer not disclosed, each
/// reaching the scorecard with its qualifier; a stated total below its own breakdown is refused.
/// </summary>
public sealed class StatedFiguresAcrossLinesTests
{
    [Fact]
    public async Task Talent_credit_line_and_order_figures_reach_the_scorecard_as_stated()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var talent = TalentRequests.Event();
        talent["startDate"] = talent["endDate"] = "2049-04-15";
        talent["statedTalentsMet"] = 260;
        talent["statedTalentsMetQualifier"] = "atLeast";
        talent["statedCountries"] = 10;
        talent["statedCountriesQualifier"] = "atLeast";
        await (await admin.PostAsJsonAsync("/api/talent/events", talent)).ShouldBe(HttpStatusCode.Created);
        var credit = InvestmentRequests.CreditLine();
        credit["grantedOn"] = "2049-08-18";
        credit["amountQualifier"] = "atLeast";
        await (await admin.PostAsJsonAsync("/api/investment/credit-lines", credit)).ShouldBe(HttpStatusCode.Created);
        var order = TradeRequests.Order(orderedOn: "2049-03-01", currency: "CNY", amount: 150_000_000m, rateToYuan: 1m);
        order["buyerCountryOrRegion"] = null;
        order["amountQualifier"] = "about";
        var intended = await (await admin.PostAsJsonAsync(TradeRequests.Orders, order)).ShouldBe(HttpStatusCode.Created);
        intended.GetProperty("buyerCountryOrRegion").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);

        var scorecard = await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Read(admin, "/api/scorecard/2049"),
            s => ScorecardRequests.Kpis(s) is var f && f["talent.talents-met"] == 260 && f["investment.credit-lines"] > 0
                && f["trade.intended-orders"] == 1);

        var figures = ScorecardRequests.KpisWithQualifiers(scorecard);
        figures["talent.talents-met"].Should().Be((260m, "atLeast"), "共260多人: the stated total, 24 of them by degree and country");
        figures["talent.countries-reached"].Should().Be((10m, "atLeast"), "来自10多个国家和地区, two of them listed");
        figures["investment.credit-lines"].Should().Be((10_000_000_000m, "atLeast"), "获银行授信超过100亿元");
        figures["trade.intended-order-amount"].Should().Be((150_000_000m, "about"), "意向订单约1.5亿元");
        figures["trade.order-amount"].Should().Be((0m, "exact"), "an intended order is not a won one");
        var byCountry = scorecard.GetProperty("breakdowns").GetProperty("byCountryOrRegion").EnumerateArray()
            .Select(r => r.GetProperty("label").GetString()).ToList();
        byCountry.Should().Contain("未披露", "the buyer's country and the talents beyond the breakdown were not disclosed");
    }

    [Fact]
    public async Task A_stated_total_below_its_own_breakdown_is_refused_naming_the_field()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var talent = TalentRequests.Event();
        talent["startDate"] = talent["endDate"] = "2049-05-15";
        talent["statedTalentsMet"] = 20;

        var refused = await (await admin.PostAsJsonAsync("/api/talent/events", talent)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty("statedTalentsMet", out _).Should().BeTrue("the groups already add up to 24: {0}", refused);
        var listed = await (await admin.GetAsync("/api/talent/events?year=2049")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("total").GetInt32().Should().Be(0);
    }
}
