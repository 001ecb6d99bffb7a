using Federation.Scorecard.Contracts;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Federation.Talent.Events;
using Federation.Talent.Letters;
using Federation.Talent.Partners;

namespace Federation.Talent.Kpis;

/// <summary>
/// Everything Talent tells the scorecard, in one place: what each counted record counts for.
/// <see cref="TalentDbContext"/> publishes it as <see cref="KpiFactsChanged"/> with every save.
/// </summary>
internal static class TalentKpiFacts
{
    public static KpiFactSources Sources { get; } = new KpiFactSources()
        .Of<TalentEvent>(Of)
        .Of<LetterOfIntent>(Of)
        .Of<PartnerBase>(Of);

    /// <summary>
    /// An event counts once, with the talents met by group; a total the report stated ("260多人")
    /// counts what the groups do not, so the figure is the stated total with its qualifier. Listed
    /// countries count once each; a stated count is a floor for the year.
    /// </summary>
    internal static IEnumerable<KpiFact> Of(TalentEvent e)
    {
        // The talent side of a combined conference: the conference is Investment's event held, counted there once.
        if (e.ConferenceId is null)
        {
            yield return new(TalentKpis.EventsHeld, e.StartDate, ProgrammeId: e.ProgrammeId);
            if (e.Flagship) yield return new(TalentKpis.FlagshipEvents, e.StartDate, ProgrammeId: e.ProgrammeId);
        }
        if (e.StatedTalentsMet is { } stated)
            yield return new(TalentKpis.TalentsMet, e.StartDate, stated - e.TalentsMetCount, ProgrammeId: e.ProgrammeId, Qualifier: e.StatedTalentsMetQualifier);
        if (e.StatedCountries is { } countries)
            yield return new(TalentKpis.CountriesReached, e.StartDate, countries, ProgrammeId: e.ProgrammeId, Qualifier: e.StatedCountriesQualifier);
        foreach (var group in e.TalentsMet)
        {
            yield return new(TalentKpis.TalentsMet, e.StartDate, group.Count, CountryOrRegion: group.CountryOrRegion, ProgrammeId: e.ProgrammeId);
            if (group.Degree == Degree.PhD)
                yield return new(TalentKpis.PhdsMet, e.StartDate, group.Count, CountryOrRegion: group.CountryOrRegion, ProgrammeId: e.ProgrammeId);
            if (group.Degree == Degree.Master)
                yield return new(TalentKpis.MastersMet, e.StartDate, group.Count, CountryOrRegion: group.CountryOrRegion, ProgrammeId: e.ProgrammeId);
        }
        foreach (var country in e.TalentsMet.Where(t => t.Count > 0).Select(t => t.CountryOrRegion).Distinct())
            yield return new(TalentKpis.CountriesReached, e.StartDate, CountryOrRegion: country, DistinctKey: country, ProgrammeId: e.ProgrammeId);
    }

    /// <summary>An active letter counts on its signing day; a withdrawn one counts for nothing.</summary>
    internal static IEnumerable<KpiFact> Of(LetterOfIntent letter)
    {
        if (!letter.Active) yield break;
        yield return new(TalentKpis.Letters, letter.SignedOn, Town: letter.Town, ProgrammeId: letter.ProgrammeId);
        if (letter.Degree == Degree.PhD) yield return new(TalentKpis.PhdLetters, letter.SignedOn, Town: letter.Town, ProgrammeId: letter.ProgrammeId);
        if (letter.Degree == Degree.Master) yield return new(TalentKpis.MasterLetters, letter.SignedOn, Town: letter.Town, ProgrammeId: letter.ProgrammeId);
    }

    internal static IEnumerable<KpiFact> Of(PartnerBase partner) =>
        [new(TalentKpis.PartnerBases, partner.EstablishedOn, Town: partner.Town, CountryOrRegion: partner.PartnerCountryOrRegion, ProgrammeId: partner.ProgrammeId)];
}
