using Federation.Kernel.Http;
using Federation.Trade;
using Federation.Trade.Contracts;
using Federation.Trade.Orders;
using Federation.Trade.Tours;
using Federation.Trade.Kpis;

namespace Federation.UnitTests;

/// <summary>Trade support's rules: an order's yuan exact to the fen, its status moves, and what counts.</summary>
public sealed class TradeRuleTests
{
    [Theory]
    [InlineData("3200000.00", "7.0467", 2_254_944_000L)]
    [InlineData("1875000.55", "7.1776", 1_345_800_395L)] // 13,458,003.947… rounds up to …03.95
    [InlineData("0.01", "0.0503", 0L)]                     // a fraction of a fen below a half rounds down
    [InlineData("0.10", "0.05", 1L)]                       // exactly half a fen rounds away from zero (四舍五入)
    [InlineData("0.50", "0.05", 3L)]                       // 2.5 fen → 3, not to the even 2
    [InlineData("185000000", "0.0503", 930_550_000L)]
    [InlineData("1", "7.123456", 712L)]                    // 712.3456 fen → 712
    [InlineData("999999999999.99", "1", 99_999_999_999_999L)]
    public void An_amount_converts_to_yuan_rounded_once_to_the_fen(string amount, string rate, long fen)
    {
        YuanConversion.ToFen(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(fen);
    }

    [Fact]
    public void Rounding_happens_once_on_the_total_not_on_a_rounded_rate()
    {
        // 0.0503 × 333 = 16.7499 fen: rounding the rate or the yuan first would give 17.
        YuanConversion.ToFen(3.33m, 0.0503m).Should().Be(17);
        YuanConversion.ToFen(333m, 0.000503m).Should().Be(17);
        YuanConversion.ToFen(332.99m, 0.0503m).Should().Be(1675);
    }

    [Theory]
    [InlineData("JPY", "1000", true)]
    [InlineData("JPY", "1000.5", false)]
    [InlineData("USD", "10.25", true)]
    [InlineData("USD", "10.255", false)]
    [InlineData("XYZ", "1", false)]
    public void An_amount_may_not_be_finer_than_its_currencys_smallest_unit(string currency, string amount, bool fits)
    {
        Currencies.FitsMinorUnit(currency, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(fits);
    }

    public static TheoryData<OrderStatus, OrderStatus, bool> Moves()
    {
        var allowed = new HashSet<(OrderStatus, OrderStatus)>
        {
            (OrderStatus.Intent, OrderStatus.Confirmed), (OrderStatus.Intent, OrderStatus.Cancelled),
            (OrderStatus.Confirmed, OrderStatus.Delivered), (OrderStatus.Confirmed, OrderStatus.Cancelled),
        };
        var data = new TheoryData<OrderStatus, OrderStatus, bool>();
        foreach (var from in Enum.GetValues<OrderStatus>())
            foreach (var to in Enum.GetValues<OrderStatus>())
                data.Add(from, to, allowed.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Only_the_listed_order_moves_are_allowed(OrderStatus from, OrderStatus to, bool allowed)
    {
        OrderStatusRules.CanMove(from, to).Should().Be(allowed);
    }

    [Fact]
    public void Only_a_confirmed_or_delivered_order_counts_and_on_its_confirmation_day()
    {
        var order = Order();
        TradeKpiFacts.Of(order).Select(f => f.KpiKey).Should().Equal([TradeKpis.IntendedOrders, TradeKpis.IntendedOrderAmount],
            "an intent is an intended order, not a new order");

        order.MoveTo(OrderStatus.Confirmed, new DateOnly(2023, 5, 10), null);
        var facts = TradeKpiFacts.Of(order).ToList();
        facts.Should().NotContain(f => f.KpiKey == TradeKpis.IntendedOrders, "confirming moves it out of the intents");
        facts.Single(f => f.KpiKey == TradeKpis.OrderAmount).Value.Should().Be(22_549_440m);
        facts.Should().OnlyContain(f => f.On == new DateOnly(2023, 5, 10) && f.CountryOrRegion == "US" && f.Town == "黄圃");

        order.MoveTo(OrderStatus.Delivered, new DateOnly(2023, 8, 1), null);
        TradeKpiFacts.Of(order).Should().HaveCount(3, "a delivered order still counts, with its pilot");
    }

    [Fact]
    public void A_cancelled_order_leaves_the_figures_and_a_finished_order_cannot_move()
    {
        var order = Order();
        order.MoveTo(OrderStatus.Confirmed, new DateOnly(2023, 5, 10), null);
        order.MoveTo(OrderStatus.Cancelled, new DateOnly(2023, 6, 1), "买方取消");
        TradeKpiFacts.Of(order).Should().BeEmpty();
        order.Invoking(o => o.MoveTo(OrderStatus.Confirmed, new DateOnly(2023, 6, 2), null))
            .Should().Throw<RuleViolationException>().Which.Field.Should().Be("status");
    }

    [Fact]
    public void A_step_before_the_order_date_or_a_delivery_or_cancellation_before_confirmation_is_refused()
    {
        var order = Order();
        order.Invoking(o => o.MoveTo(OrderStatus.Confirmed, new DateOnly(2023, 4, 1), null))
            .Should().Throw<RequestRejectedException>().Which.Field.Should().Be("on");
        order.MoveTo(OrderStatus.Confirmed, new DateOnly(2023, 5, 10), null);
        order.Invoking(o => o.MoveTo(OrderStatus.Delivered, new DateOnly(2023, 5, 9), null))
            .Should().Throw<RequestRejectedException>().Which.Field.Should().Be("on");
        order.Invoking(o => o.MoveTo(OrderStatus.Cancelled, new DateOnly(2023, 5, 9), "买方取消"))
            .Should().Throw<RequestRejectedException>().Which.Field.Should().Be("on");
        order.Status.Should().Be(OrderStatus.Confirmed);
    }

    [Fact]
    public void A_tour_counts_once_its_person_times_by_country_and_each_town_it_covered()
    {
        var tour = new InspectionTour { Title = "侨创中山华商行·黄圃小榄产业对接", StartsOn = new DateOnly(2023, 11, 16), Towns = ["黄圃", "小榄"] };
        tour.Count([new Participants("HK", 6), new Participants("MO", 5), new Participants("TW", 4)]);

        tour.PersonTimes.Should().Be(15);
        var facts = TradeKpiFacts.Of(tour).ToList();
        facts.Count(f => f.KpiKey == TradeKpis.Tours).Should().Be(1);
        facts.Where(f => f.KpiKey == TradeKpis.PersonTimes).Sum(f => f.Value).Should().Be(15);
        facts.Where(f => f.KpiKey == TradeKpis.TownsCovered).Select(f => f.DistinctKey).Should().BeEquivalentTo(["黄圃", "小榄"]);
    }

    private static OverseasOrder Order()
    {
        var order = new OverseasOrder
        {
            BuyerCountryOrRegion = "US", ProductCategory = "广式腊味", Currency = "USD", Town = "黄圃", OrderedOn = new DateOnly(2023, 4, 12),
            PilotId = Guid.NewGuid(),
        };
        order.NameUnregistered("中山市海晖食品有限公司");
        order.Price("USD", 3_200_000m, 7.0467m, new DateOnly(2023, 4, 12));
        return order;
    }
}
