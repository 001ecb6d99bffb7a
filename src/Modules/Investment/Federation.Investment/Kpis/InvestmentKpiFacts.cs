using Federation.Investment.Contracts;
using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Projects;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Kpis;

/// <summary>
/// Everything Investment tells the scorecard, in one place: what each counted record counts for.
/// <see cref="InvestmentDbContext"/> publishes it as <see cref="KpiFactsChanged"/> with every save.
/// </summary>
internal static class InvestmentKpiFacts
{
    public static KpiFactSources Sources { get; } = new KpiFactSources()
        .Of<InvestmentEvent>(Of)
        .Of<Project>(Of)
        .Of<CreditLine>(Of);

    internal static IEnumerable<KpiFact> Of(InvestmentEvent e)
    {
        yield return new(InvestmentKpis.EventsHeld, e.StartDate, ProgrammeId: e.ProgrammeId);
        yield return new(InvestmentKpis.Attendees, e.StartDate, e.AttendeeCount, ProgrammeId: e.ProgrammeId);
        foreach (var code in e.CountriesAndRegions)
            yield return new(InvestmentKpis.CountriesReached, e.StartDate, CountryOrRegion: code, DistinctKey: code, ProgrammeId: e.ProgrammeId);
    }

    /// <summary>
    /// A project counts from the day it was signed, while that stage stands and it is not dropped;
    /// a stage taken back takes its date with it.
    /// </summary>
    internal static IEnumerable<KpiFact> Of(Project p)
    {
        var signed = p.Stages.FirstOrDefault(s => s.Stage == ProjectStage.Signed);
        if (signed is null || p.Stage == ProjectStage.Dropped) yield break;
        var brokeGround = p.Stages.Any(s => s.Stage == ProjectStage.Groundbreaking);
        yield return new(InvestmentKpis.ProjectsSigned, signed.Date, Town: p.Town, CountryOrRegion: p.InvestorCountryOrRegion, ProgrammeId: p.ProgrammeId);
        yield return new(InvestmentKpis.SignedAmount, signed.Date, p.AmountFen / 100m, Town: p.Town, CountryOrRegion: p.InvestorCountryOrRegion, ProgrammeId: p.ProgrammeId);
        yield return new(InvestmentKpis.GroundbreakingRate, signed.Date, brokeGround ? 1 : 0, OutOf: 1, Town: p.Town, CountryOrRegion: p.InvestorCountryOrRegion, ProgrammeId: p.ProgrammeId);
    }

    internal static IEnumerable<KpiFact> Of(CreditLine c) => [new(InvestmentKpis.CreditLines, c.GrantedOn, c.AmountFen / 100m)];
}
