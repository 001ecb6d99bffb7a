using System.Globalization;
using System.Text.Json;
using Federation.Investment.Contracts;
using Federation.Investment.CreditLines;
using Federation.Investment.Events;
using Federation.Investment.Outcomes;
using Federation.Investment.Projects;
using Federation.Investment.Resources;
using Federation.Kernel.Audit;
using Federation.Kernel.Figures;

namespace Federation.Investment.Audit;

/// <summary>What Investment calls the records it audits, for the audit log in the reader's language.</summary>
internal sealed class InvestmentAuditVocabulary : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(InvestmentText));

    public string Module => "Investment";

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record(nameof(Project), "Audit.Project",
            Terms.Text(nameof(Project.Name), "Audit.Name"),
            Terms.Text(nameof(Project.InvestorName), "Investor"),
            Terms.Choice<InvestorKind>(nameof(Project.InvestorKind), "InvestorKind"),
            Terms.Country(nameof(Project.InvestorCountryOrRegion), "InvestorCountry"),
            Terms.Text(nameof(Project.Industry), "Industry"),
            Terms.Money(nameof(Project.AmountFen), "Amount"),
            Terms.Choice<Qualifier>(nameof(Project.AmountQualifier), "Audit.Qualifier", typeof(Kernel.Resources.Text)),
            Terms.Money(nameof(Project.AmountUpToFen), "Audit.AmountUpTo"),
            Terms.Town(nameof(Project.Town), "Town"),
            Terms.Text(nameof(Project.Area), "Area"),
            Terms.Reference(nameof(Project.EventId), "SignedAtEvent"),
            Terms.Text(nameof(Project.ResponsibleStaff), "ResponsibleStaff"),
            Terms.Reference(nameof(Project.ProgrammeId), "Audit.Programme"),
            Terms.Choice<ProjectStage>(nameof(Project.Stage), "Stage"),
            Terms.Date(nameof(Project.StageDate), "StageDate"),
            Terms.Date(nameof(Project.RecordedOn), "RecordedOn"),
            Terms.Date(nameof(Project.NextFollowUpDue), "NextFollowUp")),
        Terms.Record(nameof(ProjectStageChange), "Audit.ProjectStageChange",
            Terms.Reference(nameof(ProjectStageChange.ProjectId), "Audit.Project"),
            AuditTerms.Hidden(nameof(ProjectStageChange.Sequence)),
            Terms.Choice<ProjectStage>(nameof(ProjectStageChange.Stage), "Stage"),
            Terms.Date(nameof(ProjectStageChange.Date), "StageDate"),
            Terms.Text(nameof(ProjectStageChange.RecordedBy), "RecordedBy")),
        Terms.Record(nameof(FollowUp), "Audit.FollowUp",
            Terms.Reference(nameof(FollowUp.ProjectId), "Audit.Project"),
            Terms.Date(nameof(FollowUp.Date), "Date"),
            Terms.Text(nameof(FollowUp.Note), "Note"),
            Terms.Text(nameof(FollowUp.NextStep), "NextStep"),
            Terms.Date(nameof(FollowUp.NextStepDue), "NextStepDue"),
            Terms.Text(nameof(FollowUp.RecordedBy), "RecordedBy")),
        Terms.Record(nameof(InvestmentEvent), "Audit.InvestmentEvent",
            Terms.Text(nameof(InvestmentEvent.Title), "Audit.Title"),
            Terms.Choice<InvestmentEventKind>(nameof(InvestmentEvent.Kind), "Audit.EventKind"),
            Terms.Date(nameof(InvestmentEvent.StartDate), "Audit.StartDate"),
            Terms.Date(nameof(InvestmentEvent.EndDate), "Audit.EndDate"),
            Terms.Text(nameof(InvestmentEvent.Venue), "Audit.Venue"),
            Terms.Text(nameof(InvestmentEvent.City), "Audit.City"),
            Terms.Town(nameof(InvestmentEvent.Town), "Audit.PlaceTown"),
            Terms.Text(nameof(InvestmentEvent.Area), "Area"),
            Terms.Described(nameof(InvestmentEvent.Organisers), "Audit.Organisers", Organiser),
            Terms.Flag(nameof(InvestmentEvent.IsFlagship), "Audit.Flagship"),
            Terms.Text(nameof(InvestmentEvent.AlsoServes), "Audit.AlsoServes"),
            Terms.Reference(nameof(InvestmentEvent.ParentEventId), "Audit.ParentEvent"),
            Terms.Text(nameof(InvestmentEvent.AttendeeCount), "Audit.Attendees"),
            Terms.Choice<Qualifier>(nameof(InvestmentEvent.AttendeeQualifier), "Audit.AttendeeQualifier", typeof(Kernel.Resources.Text)),
            Terms.Text(nameof(InvestmentEvent.AttendeeUpTo), "Audit.AttendeeUpTo"),
            Terms.Country(nameof(InvestmentEvent.CountriesAndRegions), "Audit.CountriesAndRegions"),
            Terms.Text(nameof(InvestmentEvent.StatedCountries), "Audit.StatedCountries"),
            Terms.Choice<Qualifier>(nameof(InvestmentEvent.StatedCountriesQualifier), "Audit.StatedCountriesQualifier", typeof(Kernel.Resources.Text)),
            Terms.Text(nameof(InvestmentEvent.UnlistedSignedProjects), "Audit.UnlistedSignedProjects"),
            Terms.Choice<Qualifier>(nameof(InvestmentEvent.UnlistedSignedProjectsQualifier), "Audit.UnlistedSignedProjectsQualifier",
                typeof(Kernel.Resources.Text)),
            Terms.Money(nameof(InvestmentEvent.UnlistedSignedAmountFen), "Audit.UnlistedSignedAmount"),
            Terms.Choice<Qualifier>(nameof(InvestmentEvent.UnlistedSignedAmountQualifier), "Audit.UnlistedSignedAmountQualifier",
                typeof(Kernel.Resources.Text)),
            Terms.Text(nameof(InvestmentEvent.Notes), "Audit.Notes"),
            Terms.Reference(nameof(InvestmentEvent.ProgrammeId), "Audit.Programme")),
        Terms.Record(nameof(CreditLine), "Audit.CreditLine",
            Terms.Reference(nameof(CreditLine.EventId), "Audit.Event"),
            Terms.Text(nameof(CreditLine.Bank), "Audit.Bank"),
            Terms.Text(nameof(CreditLine.BeneficiaryGroup), "Audit.BeneficiaryGroup"),
            Terms.Money(nameof(CreditLine.AmountFen), "Amount"),
            Terms.Choice<Qualifier>(nameof(CreditLine.AmountQualifier), "Audit.Qualifier", typeof(Kernel.Resources.Text)),
            Terms.Date(nameof(CreditLine.GrantedOn), "Audit.GrantedOn"),
            Terms.Text(nameof(CreditLine.Notes), "Audit.Notes")),
        Terms.Record(nameof(Outcome), "Audit.Outcome",
            Terms.Choice<OutcomeKind>(nameof(Outcome.Kind), "Audit.OutcomeKind"),
            Terms.Text(nameof(Outcome.Title), "Audit.OutcomeTitle"),
            Terms.Text(nameof(Outcome.Quantity), "Audit.Quantity"),
            Terms.Choice<Qualifier>(nameof(Outcome.QuantityQualifier), "Audit.QuantityQualifier", typeof(Kernel.Resources.Text)),
            Terms.Text(nameof(Outcome.QuantityUpTo), "Audit.QuantityUpTo"),
            Terms.Money(nameof(Outcome.AmountFen), "Amount"),
            Terms.Choice<Qualifier>(nameof(Outcome.AmountQualifier), "Audit.Qualifier", typeof(Kernel.Resources.Text)),
            Terms.Money(nameof(Outcome.AmountUpToFen), "Audit.AmountUpTo"),
            Terms.Text(nameof(Outcome.Parties), "Audit.Parties"),
            Terms.Date(nameof(Outcome.On), "Date"),
            Terms.Reference(nameof(Outcome.EventId), "Audit.Event"),
            Terms.Town(nameof(Outcome.Town), "Audit.PlaceTown"),
            Terms.Reference(nameof(Outcome.ProgrammeId), "Audit.Programme"),
            Terms.Text(nameof(Outcome.Notes), "Audit.Notes")),
    ];

    /// <summary>An organiser and its part: "中山市侨联（主办）".</summary>
    private static string Organiser(JsonElement organiser, CultureInfo culture) =>
        string.Format(culture, Terms.Wording("Audit.OrganiserItem", culture), organiser.GetProperty("name").GetString(),
            Terms.Label<OrganiserRole>(organiser.GetProperty("role").GetString() ?? "", culture));
}
