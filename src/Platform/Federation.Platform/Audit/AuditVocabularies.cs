using System.Globalization;
using Federation.Kernel.Audit;
using Federation.Platform.Resources;

namespace Federation.Platform.Audit;

/// <summary>
/// Every module's audit terms in one place, with the platform's fallback for what no module names:
/// the fields most records share (名称, 所属组织 …) from the platform's texts, technical ones hidden,
/// and otherwise the property's own name, so nothing audited is ever left out.
/// </summary>
internal sealed class AuditVocabularies(IEnumerable<IAuditVocabulary> vocabularies)
{
    private static readonly HashSet<string> Technical = ["Id", "Version", "CreatedAtUtc", "RecordedAtUtc", "ChangedAtUtc", "SecurityStamp"];
    private static readonly string[] Shared = ["Name", "NameEn", "OrganisationId", "Town", "Area", "ProgrammeId", "Notes", "DisplayName",
        "UserName", "Email", "Roles", "Disabled", "AwaitingApproval", "Kind", "ParentId", "Status", "Stage", "Date", "DeletedAtUtc"];

    private readonly IReadOnlyList<IAuditVocabulary> all = vocabularies.ToList();

    /// <summary>The record types a filter offers: each module's named ones.</summary>
    public IEnumerable<(string Module, AuditRecordTerms Record)> RecordTypes =>
        all.SelectMany(v => v.Records.Select(r => (v.Module, r)));

    public AuditRecordTerms? Record(string module, string entityType) =>
        all.Where(v => v.Module == module).SelectMany(v => v.Records).FirstOrDefault(r => r.EntityType == entityType);

    /// <summary>Whether a field reads by a name, not by its property name: its module names it, or it is a shared or a technical one.</summary>
    public static bool Names(AuditRecordTerms? record, string property) =>
        record?.Field(property) is not null || Technical.Contains(property) || Shared.Contains(property);

    /// <summary>The terms of a field: the module's, the platform's shared ones, or the property's own name.</summary>
    public static AuditFieldTerms Field(AuditRecordTerms? record, string property)
    {
        if (record?.Field(property) is { } named) return named;
        if (Technical.Contains(property)) return AuditTerms.Hidden(property);
        var kind = property switch
        {
            "OrganisationId" or "ParentId" => AuditValueKind.Organisation,
            "Town" or "Towns" => AuditValueKind.Town,
            _ when property.EndsWith("CountryOrRegion", StringComparison.Ordinal) => AuditValueKind.Country,
            _ when property.EndsWith("Fen", StringComparison.Ordinal) => AuditValueKind.Money,
            _ when property.EndsWith("UserId", StringComparison.Ordinal) => AuditValueKind.User,
            _ when property.EndsWith("Id", StringComparison.Ordinal) => AuditValueKind.Reference,
            _ when property.EndsWith("Utc", StringComparison.Ordinal) || property.EndsWith("On", StringComparison.Ordinal) => AuditValueKind.Date,
            _ => AuditValueKind.Text,
        };
        Func<CultureInfo, string> name = Shared.Contains(property)
            ? culture => PlatformText.Get("AuditField." + property, culture)
            : _ => property;
        return new AuditFieldTerms(property, name, kind);
    }
}
