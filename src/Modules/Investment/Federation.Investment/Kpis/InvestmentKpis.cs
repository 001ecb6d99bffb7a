using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Investment.Kpis;

/// <summary>The figures Investment reports to the scorecard: the declarations and the keys its records' facts use.</summary>
internal static class InvestmentKpis
{
    public const string EventsHeld = "investment.events-held";
    public const string FlagshipConferences = "investment.flagship-conferences";
    public const string SubSessions = "investment.sub-sessions";
    public const string Attendees = "investment.attendees";
    public const string CountriesReached = "investment.countries-reached";
    public const string ProjectsSigned = "investment.projects-signed";
    public const string SignedAmount = "investment.signed-amount";
    public const string GroundbreakingRate = "investment.groundbreaking-rate";
    public const string Intents = "investment.intents";
    public const string IntendedInvestment = "investment.intended-investment";
    public const string Agreements = "investment.agreements";
    public const string PlatformsLaunched = "investment.platforms-launched";
    public const string OrganisationsJoined = "investment.organisations-joined";
    public const string TradeCooperation = "investment.trade-cooperation";
    public const string IntendedTrade = "investment.intended-trade";
    public const string CreditLines = "investment.credit-lines";

    // A [bracketed] part is left out when every figure in it is zero, so a year says only what happened.
    public static LocalizedText ReportParagraph { get; } = new(
        "{period}，{organisation}围绕“双招双引”中心工作" +
        "[，举办{investment.flagship-conferences}场大会（{investment.flagship-conferences:names}）]" +
        "[，共举办招商活动{investment.events-held}场][，同期举办分会和对接会{investment.sub-sessions}场]" +
        "[，参会{investment.attendees}人次][，覆盖{investment.countries-reached}个国家和地区]" +
        "[；现场及跟进签约项目{investment.projects-signed}个][，全年助力引进投资{investment.signed-amount}]" +
        "[，签约项目动工率{investment.groundbreaking-rate}]" +
        "[；达成意向项目{investment.intents}个][，意向投资额{investment.intended-investment}]" +
        "[；签署合作协议{investment.agreements}份][；揭牌平台和基地{investment.platforms-launched}个]" +
        "[；{investment.organisations-joined}家组织和协会加入合作]" +
        "[；达成贸易合作意向{investment.trade-cooperation}项][，意向贸易额{investment.intended-trade}]" +
        "[；助力企业获得银行授信{investment.credit-lines}]。",
        "In {period}, {organisation} worked to attract investment and talent" +
        "[; it held {investment.flagship-conferences|flagship conference|flagship conferences} ({investment.flagship-conferences:names})]" +
        "[; {investment.events-held|investment event was|investment events were} held in all]" +
        "[, with {investment.sub-sessions|sub-session|sub-sessions} alongside]" +
        "[, with {investment.attendees|attendance|attendances}][ from {investment.countries-reached|country or region|countries and regions}]" +
        "[; {investment.projects-signed|project was|projects were} signed][, bringing in {investment.signed-amount} of investment]" +
        "[, {investment.groundbreaking-rate} of which have broken ground]" +
        "[; {investment.intents|intended project was|intended projects were} agreed][ with {investment.intended-investment} of intended investment]" +
        "[; {investment.agreements|cooperation agreement was|cooperation agreements were} signed]" +
        "[; {investment.platforms-launched|platform or base was|platforms and bases were} launched]" +
        "[; {investment.organisations-joined|organisation|organisations and associations} joined in cooperation]" +
        "[; {investment.trade-cooperation|trade cooperation intent was|trade cooperation intents were} reached]" +
        "[ worth {investment.intended-trade}]" +
        "[; enterprises obtained {investment.credit-lines} of bank credit lines].");

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(EventsHeld, new("招商活动场次", "Investment events held"), KpiUnit.Count, KpiAggregation.Count),
        new(FlagshipConferences, new("举办大会场次", "Flagship conferences"), KpiUnit.Count, KpiAggregation.Count, ListsNames: true),
        new(SubSessions, new("分会和对接会场次", "Sub-sessions"), KpiUnit.Count, KpiAggregation.Count),
        new(Attendees, new("参会人数", "Attendees"), KpiUnit.PersonTimes, KpiAggregation.Sum),
        new(CountriesReached, new("覆盖国家和地区", "Countries and regions reached"), KpiUnit.Count, KpiAggregation.DistinctCount),
        new(ProjectsSigned, new("签约项目数", "Projects signed"), KpiUnit.Count, KpiAggregation.Sum, Headline: true),
        new(SignedAmount, new("签约项目金额", "Amount of projects signed"), KpiUnit.Yuan, KpiAggregation.Sum, Headline: true),
        new(GroundbreakingRate, new("签约项目动工率", "Groundbreaking rate of signed projects"), KpiUnit.Percent, KpiAggregation.Ratio),
        new(Intents, new("意向项目数", "Intended projects"), KpiUnit.Count, KpiAggregation.Count),
        new(IntendedInvestment, new("意向投资额", "Intended investment"), KpiUnit.Yuan, KpiAggregation.Sum),
        new(Agreements, new("签署合作协议", "Cooperation agreements signed"), KpiUnit.Count, KpiAggregation.Sum),
        new(PlatformsLaunched, new("揭牌平台和基地", "Platforms and bases launched"), KpiUnit.Count, KpiAggregation.Sum),
        new(OrganisationsJoined, new("加入合作的组织和协会", "Organisations and associations joined"), KpiUnit.Count, KpiAggregation.Sum),
        new(TradeCooperation, new("贸易合作意向", "Trade cooperation intents"), KpiUnit.Count, KpiAggregation.Sum),
        new(IntendedTrade, new("意向贸易额", "Intended trade"), KpiUnit.Yuan, KpiAggregation.Sum),
        new(CreditLines, new("银行授信额度", "Bank credit lines obtained"), KpiUnit.Yuan, KpiAggregation.Sum),
    ];
}
