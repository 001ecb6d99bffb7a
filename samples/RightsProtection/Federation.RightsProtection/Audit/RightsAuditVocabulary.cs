using Federation.Kernel.Audit;
using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Resources;

namespace Federation.RightsProtection.Audit;

/// <summary>
/// What rights protection calls the records it audits, so the platform's audit log reads "投诉人:
/// 旧 → 新" rather than property names. The host finds this class by scanning the module's assembly.
/// </summary>
internal sealed class RightsAuditVocabulary : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(RightsText));

    public string Module => RightsProtectionModule.ModuleName;

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record(nameof(RightsCase), "Audit.RightsCase",
            Terms.Text(nameof(RightsCase.ComplainantName), "Audit.ComplainantName"),
            Terms.Choice<ComplainantKind>(nameof(RightsCase.ComplainantKind), "Audit.ComplainantKind"),
            Terms.Text(nameof(RightsCase.Contact), "Audit.Contact"),
            Terms.Flag(nameof(RightsCase.ContactConsent), "Audit.ContactConsent"),
            Terms.Choice<CaseCategory>(nameof(RightsCase.Category), "Audit.Category"),
            Terms.Text(nameof(RightsCase.Matter), "Audit.Matter"),
            Terms.Town(nameof(RightsCase.Town), "Audit.Town"),
            Terms.Date(nameof(RightsCase.ReceivedOn), "Audit.ReceivedOn"),
            // Shown by the enterprise's name, which the platform's search knows.
            Terms.Reference(nameof(RightsCase.EnterpriseId), "Audit.Enterprise"),
            Terms.Text(nameof(RightsCase.EnterpriseName), "Audit.EnterpriseName"),
            Terms.Choice<CaseStatus>(nameof(RightsCase.Status), "Audit.Status"),
            Terms.Date(nameof(RightsCase.AcceptedOn), "Audit.AcceptedOn"),
            Terms.Date(nameof(RightsCase.ReferredOn), "Audit.ReferredOn"),
            Terms.Text(nameof(RightsCase.ReferredTo), "Audit.ReferredTo"),
            Terms.Date(nameof(RightsCase.SettledOn), "Audit.SettledOn"),
            Terms.Text(nameof(RightsCase.Outcome), "Audit.Outcome"),
            Terms.Text(nameof(RightsCase.Notes), "Audit.Notes")),
    ];
}
