using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Talent.Kpis;

/// <summary>The figures the Talent work line reports to the scorecard.</summary>
internal static class TalentKpis
{
    public const string EventsHeld = "talent.events-held";
    public const string FlagshipEvents = "talent.flagship-events";
    public const string TalentsMet = "talent.talents-met";
    public const string PhdsMet = "talent.phds-met";
    public const string MastersMet = "talent.masters-met";
    public const string CountriesReached = "talent.countries-reached";
    public const string Letters = "talent.letters-of-intent";
    public const string PhdLetters = "talent.phd-letters";
    public const string MasterLetters = "talent.master-letters";
    public const string PartnerBases = "talent.partner-bases";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(EventsHeld, new("引才活动场次", "Talent events held"), KpiUnit.Count, KpiAggregation.Count),
        new(FlagshipEvents, new("品牌引才活动场次", "Flagship talent events"), KpiUnit.Count, KpiAggregation.Count),
        new(TalentsMet, new("见面交流人才", "Talents met"), KpiUnit.PersonTimes, KpiAggregation.Sum),
        new(PhdsMet, new("见面交流博士", "PhDs met"), KpiUnit.PersonTimes, KpiAggregation.Sum),
        new(MastersMet, new("见面交流硕士", "Masters met"), KpiUnit.PersonTimes, KpiAggregation.Sum),
        new(CountriesReached, new("人才来源国家和地区", "Countries and regions of study reached"), KpiUnit.Count, KpiAggregation.DistinctCount),
        new(Letters, new("签署落地意向书", "Letters of intent signed"), KpiUnit.Count, KpiAggregation.Count),
        new(PhdLetters, new("博士签署意向书", "Letters of intent signed by PhDs"), KpiUnit.Count, KpiAggregation.Count, Headline: true),
        new(MasterLetters, new("硕士签署意向书", "Letters of intent signed by Masters"), KpiUnit.Count, KpiAggregation.Count),
        new(PartnerBases, new("合作机构设立基地", "Partner bases established"), KpiUnit.Count, KpiAggregation.Count),
    ];

    // A [bracketed] part is left out when every figure in it is zero (Scorecard's ReportTemplate).
    public static LocalizedText ReportParagraph { get; } = new(
        "{period}，{organisation}开展侨界引才工作[，举办引才活动{talent.events-held}场][（其中品牌活动{talent.flagship-events}场）]" +
        "[，与来自{talent.countries-reached}个国家和地区的侨界菁英][共{talent.talents-met}人进行了见面和交流]" +
        "[；促成{talent.phd-letters}名博士][、{talent.master-letters}名硕士签署落地意向书]" +
        "[；推动合作机构在本市设立人才工作站等基地{talent.partner-bases}个]。",
        "In {period}, {organisation} recruited overseas Chinese talent" +
        "[: it held {talent.events-held|talent event|talent events}][ ({talent.flagship-events} flagship)]" +
        "[ and met {talent.talents-met|overseas Chinese talent|overseas Chinese talents}][ from {talent.countries-reached|country or region|countries and regions}]" +
        "[; {talent.phd-letters|PhD|PhDs}][ and {talent.master-letters|Master|Masters} signed letters of intent to settle in the city]" +
        "[; partners set up {talent.partner-bases|base|bases} such as talent workstations].");
}
