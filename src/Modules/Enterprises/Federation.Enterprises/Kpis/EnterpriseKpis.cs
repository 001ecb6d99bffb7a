using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Enterprises.Kpis;

/// <summary>The figures the Enterprise services work line reports to the scorecard.</summary>
internal static class EnterpriseKpis
{
    public const string EnterprisesServed = "enterprises.enterprises-served";
    public const string Visits = "enterprises.visits";
    public const string CampaignCoverage = "enterprises.campaign-coverage";
    public const string ConcernsRaised = "enterprises.concerns-raised";
    public const string ConcernsResolved = "enterprises.concerns-resolved";
    public const string ResolutionRate = "enterprises.resolution-rate";
    public const string DaysToResolve = "enterprises.days-to-resolve";
    public const string OverdueConcerns = "enterprises.overdue-concerns";
    public const string PolicySessions = "enterprises.policy-sessions";
    public const string JointMeasures = "enterprises.joint-measures";
    public const string MeasureItems = "enterprises.measure-items";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(EnterprisesServed, new("走访服务侨企", "Enterprises served"), KpiUnit.Count, KpiAggregation.DistinctCount, Headline: true),
        new(Visits, new("走访侨企次数", "Visits to enterprises"), KpiUnit.Count, KpiAggregation.Count),
        new(CampaignCoverage, new("服务行动走访完成率", "Campaign coverage against target"), KpiUnit.Percent, KpiAggregation.Ratio),
        new(ConcernsRaised, new("收集企业诉求", "Concerns raised"), KpiUnit.Count, KpiAggregation.Count),
        new(ConcernsResolved, new("协调解决诉求", "Concerns resolved"), KpiUnit.Count, KpiAggregation.Count, Headline: true),
        new(ResolutionRate, new("诉求解决率", "Resolution rate"), KpiUnit.Percent, KpiAggregation.Ratio),
        new(DaysToResolve, new("诉求办结天数（中位数）", "Median days to resolve"), KpiUnit.Days, KpiAggregation.Median),
        new(OverdueConcerns, new("超期诉求", "Concerns that went overdue"), KpiUnit.Count, KpiAggregation.Count),
        new(PolicySessions, new("政策面对面活动场次", "Policy sessions held"), KpiUnit.Count, KpiAggregation.Count),
        new(JointMeasures, new("联合出台服务举措", "Joint measures issued"), KpiUnit.Count, KpiAggregation.Count),
        new(MeasureItems, new("联合服务举措条数", "Items of joint measures"), KpiUnit.Count, KpiAggregation.Sum),
    ];

    // A [bracketed] part is left out when every figure in it is zero (Scorecard's ReportTemplate).
    public static LocalizedText ReportParagraph { get; } = new(
        "{period}，{organisation}开展侨企服务[，领导班子走访服务侨企{enterprises.enterprises-served}家][、{enterprises.visits}次]" +
        "[，收集企业诉求{enterprises.concerns-raised}项][，协调解决{enterprises.concerns-resolved}项]" +
        "[；举办“中山侨声·侨界与政府部门面对面”活动{enterprises.policy-sessions}场][，与职能部门联合出台服务举措{enterprises.measure-items}条]。",
        "In {period}, {organisation} served overseas-Chinese-funded enterprises" +
        "[: leaders served {enterprises.enterprises-served|enterprise|enterprises}][ in {enterprises.visits|visit|visits}]" +
        "[, heard {enterprises.concerns-raised|concern|concerns}][ and saw {enterprises.concerns-resolved} resolved]" +
        "[; it held {enterprises.policy-sessions|face-to-face policy session|face-to-face policy sessions} with government departments]" +
        "[ and issued {enterprises.measure-items|joint service measure|joint service measures}].");
}
