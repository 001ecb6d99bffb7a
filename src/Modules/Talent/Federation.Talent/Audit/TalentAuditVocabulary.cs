using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Audit;
using Federation.Kernel.Figures;
using Federation.Kernel.Geography;
using Federation.Talent.Contracts;
using Federation.Talent.Events;
using Federation.Talent.Letters;
using Federation.Talent.Partners;
using Federation.Talent.Resources;
using Federation.Talent.Talents;

namespace Federation.Talent.Audit;

/// <summary>What Talent calls the records it audits, for the audit log in the reader's language.</summary>
internal sealed class TalentAuditVocabulary : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(TalentText));
    private static readonly Type QualifierLabels = typeof(Kernel.Resources.Text);

    public string Module => "Talent";

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record(nameof(Talents.Talent), "Audit.Talent",
            Terms.Text(nameof(Talents.Talent.NameZh), "Audit.NameZh"),
            Terms.Text(nameof(Talents.Talent.NameForeign), "Audit.NameForeign"),
            Terms.Choice<Degree>(nameof(Talents.Talent.Degree), "Audit.Degree"),
            Terms.Text(nameof(Talents.Talent.Field), "Audit.Field"),
            Terms.Country(nameof(Talents.Talent.CountryOrRegion), "Audit.CountryOfStudy"),
            Terms.Text(nameof(Talents.Talent.Institution), "Audit.Institution"),
            Terms.Text(nameof(Talents.Talent.Contact), "Audit.Contact"),
            Terms.Text(nameof(Talents.Talent.HowMet), "Audit.HowMet"),
            Terms.Reference(nameof(Talents.Talent.MetAtEventId), "Audit.MetAtEvent"),
            Terms.Flag(nameof(Talents.Talent.ConsentToContact), "Audit.ConsentToContact"),
            Terms.Date(nameof(Talents.Talent.ConsentRecordedOn), "Audit.ConsentRecordedOn"),
            Terms.Choice<TalentStatus>(nameof(Talents.Talent.Status), "Audit.Status"),
            Terms.Reference(nameof(Talents.Talent.MergedIntoId), "Audit.MergedInto"),
            Terms.Text(nameof(Talents.Talent.Notes), "Audit.Notes")),
        Terms.Record(nameof(TalentEvent), "Audit.TalentEvent",
            Terms.Text(nameof(TalentEvent.Title), "Audit.Title"),
            Terms.Choice<TalentEventFormat>(nameof(TalentEvent.Format), "Audit.Format"),
            Terms.Flag(nameof(TalentEvent.Flagship), "Audit.Flagship"),
            Terms.Date(nameof(TalentEvent.StartDate), "Audit.StartDate"),
            Terms.Date(nameof(TalentEvent.EndDate), "Audit.EndDate"),
            Terms.Flag(nameof(TalentEvent.Online), "Audit.Online"),
            Terms.Text(nameof(TalentEvent.City), "Audit.City"),
            Terms.Country(nameof(TalentEvent.CountryOrRegion), "Audit.CountryOrRegion"),
            Terms.Text(nameof(TalentEvent.Partners), "Audit.Partners"),
            Terms.Described(nameof(TalentEvent.TalentsMet), "Audit.TalentsMet", TalentsMetItem),
            Terms.Text(nameof(TalentEvent.TalentsMetCount), "Audit.TalentsMetCount"),
            Terms.Text(nameof(TalentEvent.StatedTalentsMet), "Audit.StatedTalentsMet"),
            Terms.Choice<Qualifier>(nameof(TalentEvent.StatedTalentsMetQualifier), "Audit.StatedTalentsMetQualifier", QualifierLabels),
            Terms.Text(nameof(TalentEvent.StatedCountries), "Audit.StatedCountries"),
            Terms.Choice<Qualifier>(nameof(TalentEvent.StatedCountriesQualifier), "Audit.StatedCountriesQualifier", QualifierLabels),
            Terms.Reference(nameof(TalentEvent.ProgrammeId), "Audit.Programme"),
            Terms.Reference(nameof(TalentEvent.ConferenceId), "Audit.Conference"),
            Terms.Text(nameof(TalentEvent.Notes), "Audit.Notes")),
        Terms.Record(nameof(LetterOfIntent), "Audit.LetterOfIntent",
            Terms.Reference(nameof(LetterOfIntent.TalentId), "Audit.Talent"),
            Terms.Text(nameof(LetterOfIntent.TalentName), "Audit.TalentName"),
            Terms.Choice<Degree>(nameof(LetterOfIntent.Degree), "Audit.Degree"),
            Terms.Text(nameof(LetterOfIntent.EmployerName), "Audit.EmployerName"),
            Terms.Text(nameof(LetterOfIntent.EmployerCreditCode), "Audit.EmployerCreditCode"),
            Terms.Town(nameof(LetterOfIntent.Town), "Audit.Town"),
            Terms.Date(nameof(LetterOfIntent.SignedOn), "Audit.SignedOn"),
            Terms.Reference(nameof(LetterOfIntent.ProgrammeId), "Audit.Programme"),
            Terms.Flag(nameof(LetterOfIntent.Active), "Audit.Active"),
            Terms.Date(nameof(LetterOfIntent.WithdrawnOn), "Audit.WithdrawnOn"),
            Terms.Text(nameof(LetterOfIntent.WithdrawnReason), "Audit.WithdrawnReason")),
        Terms.Record(nameof(PartnerBase), "Audit.PartnerBase",
            Terms.Text(nameof(PartnerBase.PartnerOrganisation), "Audit.PartnerOrganisation"),
            Terms.Text(nameof(PartnerBase.Name), "Audit.Name"),
            Terms.Choice<PartnerBaseKind>(nameof(PartnerBase.Kind), "Audit.PartnerBaseKind"),
            Terms.Date(nameof(PartnerBase.EstablishedOn), "Audit.EstablishedOn"),
            Terms.Town(nameof(PartnerBase.Town), "Audit.Town"),
            Terms.Country(nameof(PartnerBase.PartnerCountryOrRegion), "Audit.PartnerCountryOrRegion"),
            Terms.Reference(nameof(PartnerBase.ProgrammeId), "Audit.Programme"),
            Terms.Text(nameof(PartnerBase.Notes), "Audit.Notes")),
    ];

    /// <summary>One row of the talents met: "博士 · 俄罗斯 · 12人".</summary>
    private static string TalentsMetItem(JsonElement item, CultureInfo culture)
    {
        var degree = Terms.Label<Degree>(item.GetProperty("degree").GetString() ?? "", culture);
        var country = item.GetProperty("countryOrRegion").GetString();
        var place = CountryOrRegion.Find(country)?.Name(culture) ?? country;
        return string.Format(culture, Terms.Wording("Audit.TalentsMetItem", culture), degree, place, item.GetProperty("count").GetInt32());
    }
}
