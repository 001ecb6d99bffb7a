using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>The first run of an empty database loads the seed report's 2023 trade support.</summary>
[Collection(Demo2023.Name)]
public sealed class TradeDemoDataTests(DemoFederation demo)
{
    /// <summary>The eleven confirmed orders of the 黄圃 pilot, in yuan at their recorded rates.</summary>
    private const decimal ConfirmedYuan = 150_130_388.95m;

    [Fact]
    public async Task The_2023_scorecard_of_the_demo_shows_the_reports_trade_figures()
    {
        var figures = await Eventually.Within(TimeSpan.FromSeconds(120), () => ScorecardRequests.Kpis(demo.Admin, "/api/scorecard/2023"),
            f => f["trade.orders"] == 11 && f["trade.order-amount"] == ConfirmedYuan && f["trade.tours"] == 7 && f["trade.person-times"] == 110
                && f["trade.towns-covered"] == 6 && f["trade.commendations"] == 1 && f["trade.pilot-achievement"] == 1.2511m);

        figures["trade.orders"].Should().Be(11, "eleven confirmed orders; the cancelled one and the intent do not count");
        figures["trade.order-amount"].Should().Be(ConfirmedYuan, "about 1.50亿元, exact to the fen");
        figures["trade.tours"].Should().Be(7, "seven 侨创中山华商行 tours");
        figures["trade.person-times"].Should().Be(110);
        figures["trade.towns-covered"].Should().Be(6, "翠亨新区, 东凤, 横栏, 小榄, 黄圃 and 古镇");
        figures["trade.commendations"].Should().Be(1, "the banner an exporter sent");
        figures["trade.pilots"].Should().Be(1);
        figures["trade.pilot-achievement"].Should().Be(1.2511m, "150,130,388.95 against a target of 120,000,000");
    }

    [Fact]
    public async Task The_huangpu_pilot_lists_eleven_confirmed_orders_and_the_2023_orders_show_the_cancelled_and_the_intent_not_counted()
    {
        var pilots = await Body("/api/trade/pilots?year=2023");
        var pilot = pilots.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        pilot.GetProperty("town").GetString().Should().Be("黄圃");
        pilot.GetProperty("confirmedOrders").GetInt32().Should().Be(11);
        pilot.GetProperty("confirmedAmountYuan").GetDecimal().Should().Be(ConfirmedYuan);
        pilot.GetProperty("targetAmountYuan").GetDecimal().Should().Be(120_000_000m);
        pilot.GetProperty("achievement").GetDecimal().Should().Be(1.2511m);

        var orders = await Body("/api/trade/orders?year=2023&pageSize=50");
        orders.GetProperty("total").GetInt32().Should().Be(13);
        orders.GetProperty("countedAmountYuan").GetDecimal().Should().Be(ConfirmedYuan, "only the confirmed orders are counted");
        var items = orders.GetProperty("items").EnumerateArray().ToList();
        items.Count(o => o.GetProperty("status").GetString() == "confirmed").Should().Be(11);
        var cancelled = items.Should().ContainSingle(o => o.GetProperty("status").GetString() == "cancelled").Subject;
        cancelled.GetProperty("cancelReason").GetString().Should().NotBeNullOrWhiteSpace();
        items.Should().ContainSingle(o => o.GetProperty("status").GetString() == "intent");
        items.Sum(o => o.Yuan()).Should().Be(ConfirmedYuan + cancelled.Yuan() + items.Single(o => o.GetProperty("status").GetString() == "intent").Yuan());
        (await Body("/api/trade/orders?year=2023&status=cancelled")).GetProperty("countedAmountYuan").GetDecimal().Should().Be(0);
        (await Body("/api/trade/orders?year=2023&status=intent")).GetProperty("countedAmountYuan").GetDecimal().Should().Be(0);
        items.Single(o => o.GetProperty("amount").GetDecimal() == 1_875_000.55m).Yuan().Should().Be(13_458_003.95m, "USD 1,875,000.55 at 7.1776");
        (await Body("/api/trade/tours?year=2023")).GetProperty("totalPersonTimes").GetInt32().Should().Be(110);
    }

    [Fact]
    public async Task The_demo_sellers_are_the_registrys_enterprises_and_their_orders_show_on_their_timelines()
    {
        var registry = await Body($"/api/enterprises/enterprises?q={Uri.EscapeDataString("中山市海晖食品有限公司")}");
        var enterprise = registry.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;

        var items = await Eventually.Within(TimeSpan.FromSeconds(120),
            async () => (await Body($"/api/enterprises/enterprises/{enterprise.Id()}/timeline")).GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("kind").GetString() == "reported" && i.GetProperty("workLine").GetString() == "Trade").ToList(),
            i => i.Count >= 3);

        items.Select(i => i.GetProperty("amountFen").GetInt64()).Should().BeEquivalentTo(
            new long[] { 2_254_944_000, 1_517_628_000, 359_115_000 },
            "the 广式腊味 order to the US, the 腊肠礼盒 order to Malaysia, and the cancelled one to New Zealand, matched by name");
    }

    private async Task<JsonElement> Body(string url) => await (await demo.Admin.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
}
