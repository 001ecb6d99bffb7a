using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>A trade pilot's achievement is the yuan of its confirmed orders against its target, on the pilot and on the scorecard.</summary>
public sealed class PilotTests(TradeWorld world) : IClassFixture<TradeWorld>
{
    [Fact]
    public async Task Two_confirmed_orders_of_300_000_and_200_000_yuan_reach_half_a_target_of_a_million_and_an_intent_adds_nothing()
    {
        var pilot = await EnterpriseRequests.Created(world.Staff, TradeRequests.Pilots,
            TradeRequests.Pilot(startsOn: "2044-01-01", endsOn: "2044-12-31", targetAmount: 1_000_000m));
        pilot.GetProperty("targetAmountYuan").GetDecimal().Should().Be(1_000_000m);
        pilot.GetProperty("achievement").GetDecimal().Should().Be(0m);
        var seller = $"中山市南洋食品有限公司{EnterpriseRequests.Unique()}";

        await TradeRequests.Record(world.Staff, TradeRequests.Order(currency: "CNY", amount: 300_000m, rateToYuan: 1m,
            orderedOn: "2044-03-01", status: "confirmed", enterpriseName: seller, pilotId: pilot.Id()));
        var dollars = await TradeRequests.Record(world.Staff, TradeRequests.Order(currency: "USD", amount: 25_000m, rateToYuan: 8m,
            orderedOn: "2044-04-01", enterpriseName: seller, pilotId: pilot.Id()));
        await TradeRequests.Step(world.Staff, dollars.Id(), "confirmed", "2044-05-01", dollars.Version());
        await TradeRequests.Record(world.Staff, TradeRequests.Order(currency: "CNY", amount: 100_000m, rateToYuan: 1m,
            orderedOn: "2044-06-01", enterpriseName: seller, pilotId: pilot.Id()));

        var read = await (await world.Staff.GetAsync($"{TradeRequests.Pilots}/{pilot.Id()}")).ShouldBe(HttpStatusCode.OK);
        read.GetProperty("confirmedOrders").GetInt32().Should().Be(2, "the intent of 100,000 yuan is not confirmed");
        read.GetProperty("confirmedAmountYuan").GetDecimal().Should().Be(500_000m);
        read.GetProperty("achievement").GetDecimal().Should().Be(0.5m);
        var listed = await (await world.Staff.GetAsync($"{TradeRequests.Pilots}?year=2044")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Should().ContainSingle(p => p.Id() == pilot.Id())
            .Which.GetProperty("achievement").GetDecimal().Should().Be(0.5m, "the list shows the same achievement");
        var pilotOrders = await TradeRequests.OrderPage(world.Staff, $"?pilotId={pilot.Id()}");
        pilotOrders.GetProperty("total").GetInt32().Should().Be(3);
        pilotOrders.GetProperty("countedAmountYuan").GetDecimal().Should().Be(500_000m);

        var figures = await world.KpisWhen(2044, f => f["trade.pilot-achievement"] == 0.5m && f["trade.orders"] == 2);
        figures["trade.pilot-achievement"].Should().Be(0.5m, "Σ confirmed pilot orders 500,000 ÷ Σ pilot targets 1,000,000");
        figures["trade.pilots"].Should().Be(1);
        figures["trade.order-amount"].Should().Be(500_000m);
    }

    [Fact]
    public async Task A_pilot_with_orders_cannot_be_deleted_and_one_without_can()
    {
        var busy = await EnterpriseRequests.Created(world.Staff, TradeRequests.Pilots, TradeRequests.Pilot(startsOn: "2038-01-01", endsOn: "2038-12-31"));
        await TradeRequests.Record(world.Staff, TradeRequests.Order(orderedOn: "2038-02-01", pilotId: busy.Id()));
        var idle = await EnterpriseRequests.Created(world.Staff, TradeRequests.Pilots, TradeRequests.Pilot(startsOn: "2038-01-01", endsOn: "2038-12-31"));

        var refused = await (await world.Staff.DeleteAsync($"{TradeRequests.Pilots}/{busy.Id()}?version={busy.Version()}")).ShouldBe(HttpStatusCode.Conflict);

        EnterpriseRequests.ErrorFields(refused).Should().ContainSingle("the problem names why the pilot stays");
        (await world.Staff.GetAsync($"{TradeRequests.Pilots}/{busy.Id()}")).StatusCode.Should().Be(HttpStatusCode.OK, "the pilot was not deleted");
        (await world.Staff.DeleteAsync($"{TradeRequests.Pilots}/{idle.Id()}?version={idle.Version()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await world.Staff.GetAsync($"{TradeRequests.Pilots}/{idle.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var unknownPilot = await (await world.Staff.PostAsJsonAsync(TradeRequests.Orders,
            TradeRequests.Order(orderedOn: "2038-03-01", pilotId: idle.Id()))).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(unknownPilot).Should().Equal("pilotId");
    }
}
