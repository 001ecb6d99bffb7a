using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Investment.Kpis;

/// <summary>The figures Investment reports to the scorecard: the declarations and the keys its records' facts use.</summary>
internal static class InvestmentKpis
{
    public const string EventsHeld = "investment.events-held";
    public const string Attendees = "investment.attendees";
    public const string CountriesReached = "investment.countries-reached";
    public const string ProjectsSigned = "investment.projects-signed";
    public const string SignedAmount = "investment.signed-amount";
    public const string GroundbreakingRate = "investment.groundbreaking-rate";
    public const string CreditLines = "investment.credit-lines";

    public static LocalizedText ReportParagraph { get; } = new(
        "{period}，市侨联围绕“双招双引”中心工作，举办招商活动{investment.events-held}场，参会{investment.attendees}人次，" +
        "覆盖{investment.countries-reached}个国家和地区；现场及跟进签约项目{investment.projects-signed}个，" +
        "全年助力引进投资{investment.signed-amount}，签约项目动工率{investment.groundbreaking-rate}；助力企业获得银行授信{investment.credit-lines}。",
        "In {period} the federation held {investment.events-held} investment events with {investment.attendees} attendances " +
        "from {investment.countries-reached} countries and regions; {investment.projects-signed} projects were signed, bringing in " +
        "{investment.signed-amount} of investment, {investment.groundbreaking-rate} of which have broken ground; " +
        "enterprises obtained {investment.credit-lines} of bank credit lines.");

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(EventsHeld, new("招商活动场次", "Investment events held"), KpiUnit.Count, KpiAggregation.Count),
        new(Attendees, new("参会人数", "Attendees"), KpiUnit.PersonTimes, KpiAggregation.Sum),
        new(CountriesReached, new("覆盖国家和地区", "Countries and regions reached"), KpiUnit.Count, KpiAggregation.DistinctCount),
        new(ProjectsSigned, new("签约项目数", "Projects signed"), KpiUnit.Count, KpiAggregation.Count),
        new(SignedAmount, new("签约项目金额", "Amount of projects signed"), KpiUnit.Yuan, KpiAggregation.Sum),
        new(GroundbreakingRate, new("签约项目动工率", "Groundbreaking rate of signed projects"), KpiUnit.Percent, KpiAggregation.Ratio),
        new(CreditLines, new("银行授信额度", "Bank credit lines obtained"), KpiUnit.Yuan, KpiAggregation.Sum),
    ];
}
