using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>
/// intent → confirmed → delivered, intent or confirmed → cancelled. Only confirmed and delivered
/// orders count, on the day they were confirmed; a cancelled one leaves the figures.
/// </summary>
public sealed class OrderStatusTests(TradeWorld world) : IClassFixture<TradeWorld>
{
    [Fact]
    public async Task An_order_counts_from_its_confirmation_day_while_confirmed_or_delivered_and_no_longer_once_cancelled()
    {
        var tag = EnterpriseRequests.Unique();
        var seller = $"中山市澳丰电器有限公司{tag}";
        var germany = await TradeRequests.Record(world.Staff, TradeRequests.Order(
            currency: "USD", amount: 100_000m, rateToYuan: 7.2m, orderedOn: "2042-01-20", enterpriseName: seller, buyer: "DE"));
        var france = await TradeRequests.Record(world.Staff, TradeRequests.Order(
            currency: "EUR", amount: 50_000m, rateToYuan: 7.8m, orderedOn: "2042-02-10", status: "confirmed", enterpriseName: seller, buyer: "FR"));

        germany.GetProperty("status").GetString().Should().Be("intent");
        germany.GetProperty("confirmedOn").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        germany.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()).Should().Equal("confirmed", "cancelled");
        var onlyFrance = await world.ScorecardWhen(2042, f => f["trade.orders"] == 1 && f["trade.order-amount"] == 390_000m);
        ScorecardRequests.Kpis(onlyFrance)["trade.order-amount"].Should().Be(390_000m, "the intent order does not count");
        TradeWorld.Cell(onlyFrance, "byCountryOrRegion", "DE", "trade.orders").Should().Be(0);
        (await TradeRequests.OrderPage(world.Staff, $"?q={tag}")).GetProperty("countedAmountYuan").GetDecimal().Should().Be(390_000m);

        var confirmed = await TradeRequests.Step(world.Staff, germany.Id(), "confirmed", "2042-03-15", germany.Version());

        confirmed.GetProperty("confirmedOn").GetString().Should().Be("2042-03-15");
        confirmed.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()).Should().Equal("delivered", "cancelled");
        var both = await world.ScorecardWhen(2042, f => f["trade.orders"] == 2 && f["trade.order-amount"] == 1_110_000m);
        TradeWorld.Row(both, "byMonth", "204203").Should().Contain("trade.orders", 1m).And.Contain("trade.order-amount", 720_000m);
        TradeWorld.Cell(both, "byMonth", "204201", "trade.orders").Should().Be(0, "the order counts when it was confirmed, not when it was placed");
        TradeWorld.Cell(both, "byMonth", "204202", "trade.order-amount").Should().Be(390_000m, "the order entered as confirmed counts on its order date");
        TradeWorld.Cell(both, "byCountryOrRegion", "DE", "trade.order-amount").Should().Be(720_000m);
        TradeWorld.Cell(both, "byCountryOrRegion", "FR", "trade.order-amount").Should().Be(390_000m);

        var delivered = await TradeRequests.Step(world.Staff, germany.Id(), "delivered", "2042-05-01", confirmed.Version());
        delivered.GetProperty("status").GetString().Should().Be("delivered");
        delivered.GetProperty("deliveredOn").GetString().Should().Be("2042-05-01");
        delivered.GetProperty("confirmedOn").GetString().Should().Be("2042-03-15", "delivery keeps the confirmation day");
        delivered.GetProperty("allowedNext").GetArrayLength().Should().Be(0);
        var cancelled = await TradeRequests.Step(world.Staff, france.Id(), "cancelled", "2042-06-01", france.Version(), "买方取消采购计划");
        cancelled.GetProperty("cancelReason").GetString().Should().Be("买方取消采购计划");
        cancelled.GetProperty("cancelledOn").GetString().Should().Be("2042-06-01");

        var after = await world.ScorecardWhen(2042, f => f["trade.orders"] == 1 && f["trade.order-amount"] == 720_000m);
        ScorecardRequests.Kpis(after)["trade.order-amount"].Should().Be(720_000m, "the delivered order still counts and the cancelled one no longer");
        TradeWorld.Row(after, "byMonth", "204203").Should().Contain("trade.orders", 1m, "the delivered order still counts on its confirmation day");
        TradeWorld.Cell(after, "byMonth", "204202", "trade.orders").Should().Be(0);
        TradeWorld.Cell(after, "byCountryOrRegion", "FR", "trade.order-amount").Should().Be(0);
        (await TradeRequests.OrderPage(world.Staff, $"?q={tag}")).GetProperty("countedAmountYuan").GetDecimal().Should().Be(720_000m);
        (await TradeRequests.OrderPage(world.Staff, $"?q={tag}&status=cancelled")).GetProperty("total").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Illegal_moves_a_step_before_the_order_date_a_cancellation_without_reason_and_a_stale_version_are_refused()
    {
        var seller = $"中山市宏达五金制品有限公司{EnterpriseRequests.Unique()}";
        var intent = await TradeRequests.Record(world.Staff, TradeRequests.Order(orderedOn: "2043-04-10", enterpriseName: seller));
        var gone = await TradeRequests.Record(world.Staff, TradeRequests.Order(orderedOn: "2043-04-10", status: "confirmed", enterpriseName: seller));
        gone = await TradeRequests.Step(world.Staff, gone.Id(), "cancelled", "2043-05-01", gone.Version(), "买方撤单");

        (await Refused(gone.Id(), TradeRequests.Move("confirmed", "2043-05-02", gone.Version()), HttpStatusCode.Conflict))
            .Should().Equal(["status"], "a cancelled order cannot be confirmed");
        (await Refused(intent.Id(), TradeRequests.Move("delivered", "2043-05-02", intent.Version()), HttpStatusCode.Conflict))
            .Should().Equal(["status"], "an intent must be confirmed before it is delivered");
        (await Refused(intent.Id(), TradeRequests.Move("confirmed", "2043-04-09", intent.Version()), HttpStatusCode.BadRequest))
            .Should().Equal(["on"], "an order cannot be confirmed before it was placed");
        (await Refused(intent.Id(), TradeRequests.Move("cancelled", "2043-05-02", intent.Version()), HttpStatusCode.BadRequest))
            .Should().Equal(["reason"], "a cancellation says why");
        var confirmed = await TradeRequests.Step(world.Staff, intent.Id(), "confirmed", "2043-04-20", intent.Version());
        (await Refused(intent.Id(), TradeRequests.Move("delivered", "2043-04-19", confirmed.Version()), HttpStatusCode.BadRequest))
            .Should().Equal(["on"], "an order cannot be delivered before it was confirmed");
        (await Refused(intent.Id(), TradeRequests.Move("delivered", "2043-06-01", intent.Version()), HttpStatusCode.Conflict))
            .Should().Equal(["version"], "the order moved on since version {0} was read", intent.Version());

        var now = await TradeRequests.ReadOrder(world.Staff, intent.Id());
        now.GetProperty("status").GetString().Should().Be("confirmed");
        now.Version().Should().Be(confirmed.Version(), "the refused steps changed nothing");
        (await TradeRequests.ReadOrder(world.Staff, gone.Id())).GetProperty("status").GetString().Should().Be("cancelled");
    }

    [Fact]
    public async Task Correcting_an_order_reprices_it_but_cannot_put_its_date_after_the_confirmation_and_a_stale_version_is_refused()
    {
        var seller = $"中山市汇侨服装有限公司{EnterpriseRequests.Unique()}";
        var body = TradeRequests.Order(currency: "THB", amount: 24_000_000m, rateToYuan: 0.2019m, orderedOn: "2039-10-09", status: "confirmed", enterpriseName: seller);
        var order = await TradeRequests.Record(world.Staff, body);
        order.Yuan().Should().Be(4_845_600m);

        body["amount"] = 24_000_000.05m;
        body["rateToYuan"] = 0.2021m;
        body["version"] = order.Version();
        var corrected = await (await world.Staff.PutAsJsonAsync($"{TradeRequests.Orders}/{order.Id()}", body)).ShouldBe(HttpStatusCode.OK);

        corrected.Yuan().Should().Be(4_850_400.01m, "24,000,000.05 × 0.2021 = 4,850,400.010105");
        corrected.GetProperty("status").GetString().Should().Be("confirmed");
        var stale = await (await world.Staff.PutAsJsonAsync($"{TradeRequests.Orders}/{order.Id()}", body)).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(stale).Should().Equal("version");
        body["orderedOn"] = "2039-10-10";
        body["version"] = corrected.Version();
        var late = await (await world.Staff.PutAsJsonAsync($"{TradeRequests.Orders}/{order.Id()}", body)).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(late).Should().Equal("orderedOn");
        (await TradeRequests.ReadOrder(world.Staff, order.Id())).Yuan().Should().Be(4_850_400.01m);
        var figures = await world.KpisWhen(2039, f => f["trade.order-amount"] == 4_850_400.01m);
        figures["trade.order-amount"].Should().Be(4_850_400.01m, "the scorecard follows the correction; no other order counts in 2039");
    }

    private async Task<IReadOnlyList<string>> Refused(Guid orderId, object step, HttpStatusCode status)
    {
        var response = await world.Staff.PostAsJsonAsync($"{TradeRequests.Orders}/{orderId}/status", step);
        return EnterpriseRequests.ErrorFields(await response.ShouldBe(status));
    }
}
