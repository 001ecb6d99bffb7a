using Federation.Investment.Contracts;
using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Outcomes;
using Federation.Investment.Projects;
using Federation.Kernel.Figures;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Kpis;

/// <summary>
/// Everything Investment tells the scorecard, in one place: what each counted record counts for.
/// <see cref="InvestmentDbContext"/> publishes it as <see cref="KpiFactsChanged"/> with every save.
/// Figures carry the qualifier the report gave them, so a total says "超过" when a part did.
/// </summary>
internal static class InvestmentKpiFacts
{
    public static KpiFactSources Sources { get; } = new KpiFactSources()
        .Of<InvestmentEvent>(Of)
        .Of<Project>(Of)
        .Of<Outcome>(Of)
        .Of<CreditLine>(Of);

    /// <summary>
    /// A top-level event counts as held, with its attendance; a session counts apart (its people are
    /// the conference's). Listed countries count once each; a stated count is a floor for the year.
    /// </summary>
    internal static IEnumerable<KpiFact> Of(InvestmentEvent e)
    {
        var on = e.StartDate;
        if (e.ParentEventId is null)
        {
            yield return new(InvestmentKpis.EventsHeld, on, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId);
            if (e.AttendeeCount is { } attendees)
                yield return new(InvestmentKpis.Attendees, on, attendees, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId,
                    Qualifier: e.AttendeeQualifier, UpTo: e.AttendeeUpTo);
        }
        else
            yield return new(InvestmentKpis.SubSessions, on, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId);
        if (e.IsFlagship) yield return new(InvestmentKpis.FlagshipConferences, on, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId, Label: e.Title);
        foreach (var code in e.CountriesAndRegions)
            yield return new(InvestmentKpis.CountriesReached, on, CountryOrRegion: code, DistinctKey: code, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId);
        if (e.StatedCountries is { } stated)
            yield return new(InvestmentKpis.CountriesReached, on, stated, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId, Qualifier: e.StatedCountriesQualifier);
        if (e.UnlistedSignedProjects is { } signed)
            yield return new(InvestmentKpis.ProjectsSigned, on, signed, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId, Qualifier: e.UnlistedSignedProjectsQualifier);
        if (e.UnlistedSignedAmountFen is { } fen)
            yield return new(InvestmentKpis.SignedAmount, on, fen / 100m, Town: e.Town, Area: e.Area, ProgrammeId: e.ProgrammeId, Qualifier: e.UnlistedSignedAmountQualifier);
    }

    /// <summary>
    /// A project counts as signed from the day it was signed, while that stage stands and it is not
    /// dropped; before that, an intent (意向 or 在谈) counts as one from the day it was entered. Signing
    /// moves it from the one to the other, so it is never counted twice. An amount not disclosed adds
    /// nothing but makes the total a lower bound.
    /// </summary>
    internal static IEnumerable<KpiFact> Of(Project p)
    {
        if (p.Stage == ProjectStage.Dropped) yield break;
        var amount = p.AmountFen is { } fen
            ? new StatedFigure(fen / 100m, p.AmountQualifier, p.AmountUpToFen / 100m)
            : new StatedFigure(0, Qualifier.AtLeast);
        var signed = p.Stages.FirstOrDefault(s => s.Stage == ProjectStage.Signed);
        if (signed is null)
        {
            var entered = p.Stages.OrderBy(s => s.Sequence).First().Date;
            yield return new(InvestmentKpis.Intents, entered, Town: p.Town, Area: p.Area, CountryOrRegion: p.InvestorCountryOrRegion, ProgrammeId: p.ProgrammeId);
            yield return new(InvestmentKpis.IntendedInvestment, entered, amount.Value, Town: p.Town, Area: p.Area, CountryOrRegion: p.InvestorCountryOrRegion,
                ProgrammeId: p.ProgrammeId, Qualifier: amount.Qualifier, UpTo: amount.UpTo);
            yield break;
        }
        var brokeGround = p.Stages.Any(s => s.Stage == ProjectStage.Groundbreaking);
        yield return new(InvestmentKpis.ProjectsSigned, signed.Date, Town: p.Town, Area: p.Area, CountryOrRegion: p.InvestorCountryOrRegion, ProgrammeId: p.ProgrammeId);
        yield return new(InvestmentKpis.SignedAmount, signed.Date, amount.Value, Town: p.Town, Area: p.Area, CountryOrRegion: p.InvestorCountryOrRegion,
            ProgrammeId: p.ProgrammeId, Qualifier: amount.Qualifier, UpTo: amount.UpTo);
        yield return new(InvestmentKpis.GroundbreakingRate, signed.Date, brokeGround ? 1 : 0, OutOf: 1, Town: p.Town, Area: p.Area, CountryOrRegion: p.InvestorCountryOrRegion, ProgrammeId: p.ProgrammeId);
    }

    /// <summary>An outcome counts its quantity under its kind's KPI; a trade cooperation also its intended amount.</summary>
    internal static IEnumerable<KpiFact> Of(Outcome o)
    {
        var kpi = o.Kind switch
        {
            OutcomeKind.Agreement => InvestmentKpis.Agreements,
            OutcomeKind.Platform => InvestmentKpis.PlatformsLaunched,
            OutcomeKind.OrganisationsJoined => InvestmentKpis.OrganisationsJoined,
            _ => InvestmentKpis.TradeCooperation,
        };
        yield return new(kpi, o.On, o.Quantity, Town: o.Town, ProgrammeId: o.ProgrammeId, Qualifier: o.QuantityQualifier, UpTo: o.QuantityUpTo);
        if (o.Kind == OutcomeKind.TradeCooperation && o.AmountFen is { } fen)
            yield return new(InvestmentKpis.IntendedTrade, o.On, fen / 100m, Town: o.Town, ProgrammeId: o.ProgrammeId,
                Qualifier: o.AmountQualifier, UpTo: o.AmountUpToFen / 100m);
    }

    internal static IEnumerable<KpiFact> Of(CreditLine c) =>
        [new(InvestmentKpis.CreditLines, c.GrantedOn, c.AmountFen / 100m, Qualifier: c.AmountQualifier)];
}
