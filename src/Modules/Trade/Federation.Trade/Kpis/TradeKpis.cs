using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Trade.Kpis;

/// <summary>The figures the Trade support work line reports to the scorecard.</summary>
internal static class TradeKpis
{
    public const string Orders = "trade.orders";
    public const string OrderAmount = "trade.order-amount";
    public const string IntendedOrders = "trade.intended-orders";
    public const string IntendedOrderAmount = "trade.intended-order-amount";
    public const string Pilots = "trade.pilots";
    public const string PilotAchievement = "trade.pilot-achievement";
    public const string Tours = "trade.tours";
    public const string PersonTimes = "trade.person-times";
    public const string TownsCovered = "trade.towns-covered";
    public const string Commendations = "trade.commendations";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(Orders, new("新增海外订单", "New overseas orders"), KpiUnit.Count, KpiAggregation.Count),
        new(OrderAmount, new("新增海外订单金额", "Amount of new overseas orders"), KpiUnit.Yuan, KpiAggregation.Sum, Headline: true),
        new(IntendedOrders, new("意向订单", "Intended orders"), KpiUnit.Count, KpiAggregation.Count),
        new(IntendedOrderAmount, new("意向订单金额", "Amount of intended orders"), KpiUnit.Yuan, KpiAggregation.Sum),
        new(Pilots, new("以侨助贸试点", "Trade pilots started"), KpiUnit.Count, KpiAggregation.Count),
        new(PilotAchievement, new("试点订单目标完成率", "Pilot orders against target"), KpiUnit.Percent, KpiAggregation.Ratio),
        new(Tours, new("华商行考察活动场次", "Inspection tours held"), KpiUnit.Count, KpiAggregation.Count),
        new(PersonTimes, new("组织侨界企业家考察", "Entrepreneurs on tours (person-times)"), KpiUnit.PersonTimes, KpiAggregation.Sum),
        new(TownsCovered, new("考察覆盖镇街", "Towns covered by tours"), KpiUnit.Count, KpiAggregation.DistinctCount),
        new(Commendations, new("获赠锦旗等表彰", "Commendations received"), KpiUnit.Count, KpiAggregation.Count),
    ];

    // A [bracketed] part is left out when every figure in it is zero (Scorecard's ReportTemplate).
    public static LocalizedText ReportParagraph { get; } = new(
        "{period}，{organisation}以侨助贸[，开展考察活动{trade.tours}场][，组织侨界企业家{trade.person-times}人次][走进{trade.towns-covered}个镇（街道）考察交流]" +
        "[；新增海外订单{trade.orders}笔][、金额{trade.order-amount}][；达成意向订单{trade.intended-orders}笔][、意向金额{trade.intended-order-amount}]" +
        "[，获外贸企业致送锦旗等{trade.commendations}次]。",
        "In {period}, {organisation} supported trade" +
        "[: it ran {trade.tours|inspection tour|inspection tours}][ in which entrepreneurs made {trade.person-times|visit|visits}][ to {trade.towns-covered|town|towns}]" +
        "[; it helped win {trade.orders|new overseas order|new overseas orders}][ worth {trade.order-amount}]" +
        "[; {trade.intended-orders|intended order was|intended orders were} agreed][ worth {trade.intended-order-amount}]" +
        "[, and exporters sent {trade.commendations|commendation|commendations} such as banners].");
}
