using Federation.Investment.Contracts;
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
            Terms.Text(nameof(Project.InvestorCountryOrRegion), "InvestorCountry"),
            Terms.Text(nameof(Project.Industry), "Industry"),
            Terms.Money(nameof(Project.AmountFen), "Amount"),
            Terms.Choice<Qualifier>(nameof(Project.AmountQualifier), "Audit.Qualifier", typeof(Kernel.Resources.Text)),
            Terms.Money(nameof(Project.AmountUpToFen), "Audit.AmountUpTo"),
            Terms.Text(nameof(Project.Town), "Town"),
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
        Terms.Record("InvestmentEvent", "Audit.InvestmentEvent"),
        Terms.Record("CreditLine", "Audit.CreditLine", Terms.Money("AmountFen", "Amount")),
        Terms.Record("Outcome", "Audit.Outcome"),
    ];
}
