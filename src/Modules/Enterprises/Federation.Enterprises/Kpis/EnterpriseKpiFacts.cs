using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Sessions;
using Federation.Enterprises.Visits;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Kpis;

/// <summary>
/// Everything Enterprise services tells the scorecard, in one place: what each counted record counts for.
/// <see cref="EnterprisesDbContext"/> publishes it as <see cref="KpiFactsChanged"/> with every save.
/// </summary>
internal static class EnterpriseKpiFacts
{
    public static KpiFactSources Sources { get; } = new KpiFactSources()
        .Of<Campaign>(Of)
        .Of<Visit>(Of)
        .Of<Concern>(Of)
        .Of<PolicySession>(Of)
        .Of<JointMeasure>(Of);

    /// <summary>
    /// Coverage against target: the target counts in the denominator on the first day, each
    /// assigned enterprise visited within the period in the numerator on its first visit.
    /// </summary>
    internal static IEnumerable<KpiFact> Of(Campaign campaign)
    {
        yield return new(EnterpriseKpis.CampaignCoverage, campaign.StartsOn, Value: 0, OutOf: campaign.TargetEnterprises, ProgrammeId: campaign.ProgrammeId);
        foreach (var visited in campaign.Assignments.Where(a => a.VisitedOn is not null))
            yield return new(EnterpriseKpis.CampaignCoverage, visited.VisitedOn!.Value, Value: 1, ProgrammeId: campaign.ProgrammeId);
    }

    /// <summary>Each visit counts once; the enterprise counts once among those served, however often it is visited.</summary>
    internal static IEnumerable<KpiFact> Of(Visit visit)
    {
        yield return new(EnterpriseKpis.Visits, visit.VisitedOn, Town: visit.Town, CountryOrRegion: visit.InvestorCountryOrRegion, ProgrammeId: visit.ProgrammeId);
        yield return new(EnterpriseKpis.EnterprisesServed, visit.VisitedOn, Town: visit.Town, CountryOrRegion: visit.InvestorCountryOrRegion,
            DistinctKey: visit.EnterpriseId.ToString(), ProgrammeId: visit.ProgrammeId);
    }

    /// <summary>
    /// Raised on the day it was heard; resolved (and its days to resolve) on the day it was resolved;
    /// the resolution rate over the concerns raised in the period; overdue on the first day past due.
    /// </summary>
    internal static IEnumerable<KpiFact> Of(Concern concern)
    {
        var (town, programme) = (concern.Town, concern.ProgrammeId);
        yield return new(EnterpriseKpis.ConcernsRaised, concern.RaisedOn, Town: town, ProgrammeId: programme);
        yield return new(EnterpriseKpis.ResolutionRate, concern.RaisedOn, Value: concern.Status == ConcernStatus.Resolved ? 1 : 0, OutOf: 1, Town: town, ProgrammeId: programme);
        if (concern.Status == ConcernStatus.Resolved)
        {
            var settled = concern.SettledOn!.Value;
            yield return new(EnterpriseKpis.ConcernsResolved, settled, Town: town, ProgrammeId: programme);
            yield return new(EnterpriseKpis.DaysToResolve, settled, Value: settled.DayNumber - concern.RaisedOn.DayNumber, Town: town, ProgrammeId: programme);
        }
        if (concern.OverdueSince is not null)
            yield return new(EnterpriseKpis.OverdueConcerns, concern.OverdueSince.Value, Town: town, ProgrammeId: programme);
    }

    internal static IEnumerable<KpiFact> Of(PolicySession session) => [new(EnterpriseKpis.PolicySessions, session.HeldOn, ProgrammeId: session.ProgrammeId)];

    internal static IEnumerable<KpiFact> Of(JointMeasure measure) =>
    [
        new(EnterpriseKpis.JointMeasures, measure.IssuedOn, ProgrammeId: measure.ProgrammeId),
        new(EnterpriseKpis.MeasureItems, measure.IssuedOn, Value: measure.Items.Count, ProgrammeId: measure.ProgrammeId),
    ];
}
