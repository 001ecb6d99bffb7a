using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>
/// An order's amount is kept in its currency with the rate recorded for it; the yuan it counts for is
/// amount × rate rounded once to the fen, halves away from zero (四舍五入), and the list's total and the
/// scorecard add exactly those fen.
/// </summary>
public sealed class OrderCurrencyTests(TradeWorld world) : IClassFixture<TradeWorld>
{
    [Fact]
    public async Task Orders_in_other_currencies_count_in_yuan_exact_to_the_fen_in_the_list_and_on_the_scorecard()
    {
        var tag = EnterpriseRequests.Unique();
        var seller = $"中山市华诚五金制品有限公司{tag}";

        var dollars = await Confirmed(seller, "USD", 1_875_000.55m, 7.1776m, "2041-03-10");
        var halfFen = await Confirmed(seller, "EUR", 0.50m, 0.05m, "2041-04-02");
        var sixDecimals = await Confirmed(seller, "USD", 1_000.00m, 7.123456m, "2041-05-06");
        var yen = await Confirmed(seller, "JPY", 185_000_000m, 0.0503m, "2041-06-14");
        var yuan = await Confirmed(seller, "CNY", 6_500_000m, 1m, "2041-07-01");
        var intent = await TradeRequests.Record(world.Staff,
            TradeRequests.Order(currency: "GBP", amount: 1_260_000m, rateToYuan: 8.8321m, orderedOn: "2041-08-21", enterpriseName: seller));

        dollars.Yuan().Should().Be(13_458_003.95m, "1,875,000.55 × 7.1776 = 13,458,003.94768");
        dollars.GetProperty("amount").GetDecimal().Should().Be(1_875_000.55m, "the amount is kept in its currency");
        dollars.GetProperty("rateToYuan").GetDecimal().Should().Be(7.1776m);
        dollars.GetProperty("currency").GetString().Should().Be("USD");
        halfFen.Yuan().Should().Be(0.03m, "0.50 × 0.05 = 0.025 yuan: half a fen rounds away from zero, not to the even 0.02");
        sixDecimals.Yuan().Should().Be(7_123.46m, "the rate keeps all six decimals (7,123.456), rounded once at the end; a rate cut to 7.1235 would give 7,123.50");
        yen.Yuan().Should().Be(9_305_500.00m);
        yuan.Yuan().Should().Be(6_500_000m);
        intent.Yuan().Should().Be(11_128_446m, "an intent is priced too, it only does not count yet");
        (await TradeRequests.ReadOrder(world.Staff, dollars.Id())).Yuan().Should().Be(13_458_003.95m, "the stored fen read back unchanged");

        const decimal confirmed = 13_458_003.95m + 0.03m + 7_123.46m + 9_305_500.00m + 6_500_000m;
        var page = await TradeRequests.OrderPage(world.Staff, $"?q={Uri.EscapeDataString(tag)}&year=2041");
        page.GetProperty("total").GetInt32().Should().Be(6);
        page.GetProperty("countedAmountYuan").GetDecimal().Should().Be(confirmed, "the page total adds the confirmed orders' fen; the intent does not count");
        page.GetProperty("items").EnumerateArray().Sum(o => o.Yuan()).Should().Be(confirmed + 11_128_446m, "each item shows its own yuan");

        var figures = await world.KpisWhen(2041, f => f["trade.orders"] == 5 && f["trade.order-amount"] == confirmed);
        figures["trade.order-amount"].Should().Be(confirmed, "the scorecard adds the same fen as the list: 29,270,627.44 yuan");
        figures["trade.orders"].Should().Be(5);
    }

    [Fact]
    public async Task Yen_with_decimals_an_unknown_currency_a_yuan_rate_other_than_1_and_a_rate_finer_than_six_decimals_are_refused_writing_nothing()
    {
        var tag = EnterpriseRequests.Unique();
        var seller = $"中山市联昌电器有限公司{tag}";
        var before = await Counted(tag);

        await Refused(TradeRequests.Order(currency: "JPY", amount: 185_000_000.5m, rateToYuan: 0.0503m, enterpriseName: seller), "amount");
        await Refused(TradeRequests.Order(currency: "USD", amount: 100.555m, enterpriseName: seller), "amount");
        await Refused(TradeRequests.Order(currency: "XYZ", enterpriseName: seller), "currency");
        await Refused(TradeRequests.Order(currency: "usd", enterpriseName: seller), "currency");
        await Refused(TradeRequests.Order(currency: "CNY", amount: 6_500_000m, rateToYuan: 1.01m, enterpriseName: seller), "rateToYuan");
        // The yuan-only Equal(1) must not take the rest of the rate's rules with it: a When applied to the whole chain once let
        // any other currency through with a rate of 0, a negative one or one of seven decimals.
        await Refused(TradeRequests.Order(currency: "USD", rateToYuan: 7.1234567m, enterpriseName: seller), "rateToYuan");
        await Refused(TradeRequests.Order(currency: "USD", rateToYuan: 0m, enterpriseName: seller), "rateToYuan");
        await Refused(TradeRequests.Order(currency: "EUR", rateToYuan: -7.8m, enterpriseName: seller), "rateToYuan");

        (await Counted(tag)).Should().Be(before, "a refused order is not written");
    }

    private async Task<JsonElement> Confirmed(string seller, string currency, decimal amount, decimal rate, string on)
    {
        var order = await TradeRequests.Record(world.Staff,
            TradeRequests.Order(currency: currency, amount: amount, rateToYuan: rate, orderedOn: on, status: "confirmed", enterpriseName: seller));
        order.GetProperty("status").GetString().Should().Be("confirmed");
        order.GetProperty("confirmedOn").GetString().Should().Be(on, "an order entered as confirmed is confirmed on its order date");
        return order;
    }

    private async Task Refused(Dictionary<string, object?> order, string field)
    {
        var response = await world.Staff.PostAsJsonAsync(TradeRequests.Orders, order);
        var problem = await response.ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(problem).Should().Equal([field], "{0} {1} at {2} is wrong in {3}", order["currency"], order["amount"], order["rateToYuan"], field);
    }

    private async Task<string> Counted(string tag)
    {
        var page = await TradeRequests.OrderPage(world.Admin, $"?q={Uri.EscapeDataString(tag)}");
        var all = await TradeRequests.OrderPage(world.Admin, "?pageSize=1");
        return $"{page.GetProperty("total").GetInt32()} tagged, {all.GetProperty("total").GetInt32()} in all";
    }
}
