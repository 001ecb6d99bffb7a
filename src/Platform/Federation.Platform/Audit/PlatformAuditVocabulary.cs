using Federation.Kernel.Audit;
using Federation.Platform.Resources;

namespace Federation.Platform.Audit;

/// <summary>What the platform calls the records it audits: users, organisations, places, tokens and sign-ins.</summary>
internal sealed class PlatformAuditVocabulary : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(PlatformText));

    public string Module => "Platform";

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record("User", "AuditRecord.User", Terms.Text("FailedSignIns", "AuditField.FailedSignIns"),
            Terms.Date("LockedUntilUtc", "AuditField.LockedUntilUtc")),
        Terms.Record("Organisation", "AuditRecord.Organisation"),
        Terms.Record("Town", "AuditRecord.Town"),
        Terms.Record("Area", "AuditRecord.Area"),
        Terms.Record("ApiToken", "AuditRecord.ApiToken", Terms.User("UserId", "AuditField.UserId"),
            Terms.Date("ExpiresAtUtc", "AuditField.ExpiresOn"), Terms.Date("RevokedAtUtc", "AuditField.Revoked"),
            AuditTerms.Hidden("Hint")),
        Terms.Record(SignInAudit.EntityType, "AuditRecord.SignIn", Terms.Text("NameTried", "AuditField.NameTried")),
    ];
}
