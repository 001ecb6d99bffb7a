using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Data;
using Federation.Scorecard.Contracts;

namespace Federation.RightsProtection.Kpis;

/// <summary>
/// Everything the rights protection work line tells the scorecard, in one place: what a case counts for.
/// <see cref="RightsDbContext"/> publishes it as <see cref="KpiFactsChanged"/> with every save.
/// </summary>
internal static class RightsKpiFacts
{
    public static KpiFactSources Sources { get; } = new KpiFactSources().Of<RightsCase>(Of);

    /// <summary>
    /// Every case counts as received on its day, and in the resolution rate of the cases received
    /// then; a resolved one also counts as resolved, and its days to resolve, on the day it was resolved.
    /// </summary>
    private static IEnumerable<KpiFact> Of(RightsCase rightsCase)
    {
        var resolved = rightsCase.Status == CaseStatus.Resolved;
        yield return new(RightsKpis.Received, rightsCase.ReceivedOn, Town: rightsCase.Town);
        yield return new(RightsKpis.ResolutionRate, rightsCase.ReceivedOn, resolved ? 1 : 0, OutOf: 1, Town: rightsCase.Town);
        if (!resolved) yield break;
        var on = rightsCase.SettledOn!.Value;
        yield return new(RightsKpis.Resolved, on, Town: rightsCase.Town);
        yield return new(RightsKpis.DaysToResolve, on, on.DayNumber - rightsCase.ReceivedOn.DayNumber, Town: rightsCase.Town);
    }
}
