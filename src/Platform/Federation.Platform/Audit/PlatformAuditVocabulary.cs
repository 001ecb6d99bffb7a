using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Audit;
using Federation.Kernel.Departments;
using Federation.Platform.Calendar;
using Federation.Platform.Departments;
using Federation.Platform.Discussion;
using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Places;
using Federation.Platform.Resources;
using Federation.Platform.Tokens;

namespace Federation.Platform.Audit;

/// <summary>
/// What the platform calls the records it audits: users, organisations, towns and areas, departments, API tokens,
/// calendar links, comments and attachments, and sign-ins. Imports, notifications, saved filters
/// and the recycle bin are operational records the log leaves out (they are not audited).
/// </summary>
internal sealed class PlatformAuditVocabulary(Roles roles) : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(PlatformText));

    public string Module => "Platform";

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record(nameof(User), "AuditRecord.User",
            Terms.Text(nameof(User.UserName), "AuditField.UserName"),
            Terms.Text(nameof(User.DisplayName), "AuditField.DisplayName"),
            Terms.Text(nameof(User.Email), "AuditField.Email"),
            Terms.Organisation(nameof(User.OrganisationId), "AuditField.OrganisationId"),
            Terms.Described(nameof(User.Roles), "AuditField.Roles", (role, culture) => RoleTitle(roles, role, culture)),
            Terms.Flag(nameof(User.Disabled), "AuditField.Disabled"),
            // No longer audited (sign-ins are, as such); older entries still hold them.
            Terms.Text(nameof(User.FailedSignIns), "AuditField.FailedSignIns"),
            Terms.Date(nameof(User.LockedUntilUtc), "AuditField.LockedUntilUtc")),
        Terms.Record(nameof(Organisation), "AuditRecord.Organisation",
            Terms.Text(nameof(Organisation.Name), "AuditField.Name"),
            Terms.Text(nameof(Organisation.NameEn), "AuditField.NameEn"),
            Terms.Choice<OrganisationKind>(nameof(Organisation.Kind), "AuditField.OrganisationKind"),
            Terms.Organisation(nameof(Organisation.ParentId), "AuditField.ParentId"),
            Terms.Town(nameof(Organisation.Town), "AuditField.Town")),
        Terms.Record(nameof(Town), "AuditRecord.Town",
            Terms.Text(nameof(Town.Name), "AuditField.Name"),
            Terms.Text(nameof(Town.NameEn), "AuditField.NameEn"),
            Terms.Text(nameof(Town.Aliases), "AuditField.Aliases"),
            Terms.Text(nameof(Town.SortOrder), "AuditField.SortOrder")),
        Terms.Record(nameof(Area), "AuditRecord.Area",
            Terms.Town(nameof(Area.TownId), "AuditField.Town"),
            Terms.Text(nameof(Area.Name), "AuditField.Name"),
            Terms.Text(nameof(Area.Aliases), "AuditField.Aliases"),
            Terms.Text(nameof(Area.SortOrder), "AuditField.SortOrder")),
        Terms.Record(nameof(Department), "AuditRecord.Department",
            Terms.Organisation(nameof(Department.OrganisationId), "AuditField.OrganisationId"),
            Terms.Choice<DepartmentKind>(nameof(Department.Kind), "AuditField.DepartmentKind"),
            Terms.Text(nameof(Department.Name), "AuditField.Name"),
            Terms.Text(nameof(Department.SortOrder), "AuditField.SortOrder")),
        Terms.Record(nameof(ApiToken), "AuditRecord.ApiToken",
            Terms.User(nameof(ApiToken.UserId), "AuditField.UserId"),
            Terms.Text(nameof(ApiToken.Name), "AuditField.Name"),
            Terms.Date(nameof(ApiToken.ExpiresAtUtc), "AuditField.ExpiresOn"),
            Terms.Date(nameof(ApiToken.RevokedAtUtc), "AuditField.Revoked"),
            AuditTerms.Hidden(nameof(ApiToken.Hint))),
        Terms.Record(nameof(Webhooks.WebhookSubscription), "AuditRecord.WebhookSubscription",
            Terms.Organisation(nameof(Webhooks.WebhookSubscription.OrganisationId), "AuditField.OrganisationId"),
            Terms.Text(nameof(Webhooks.WebhookSubscription.Description), "AuditField.Name"),
            Terms.Text(nameof(Webhooks.WebhookSubscription.Url), "AuditField.ReceiverUrl"),
            Terms.Text(nameof(Webhooks.WebhookSubscription.EventTypes), "AuditField.WebhookEvents"),
            Terms.User(nameof(Webhooks.WebhookSubscription.OwnerId), "AuditField.Owner"),
            Terms.Date(nameof(Webhooks.WebhookSubscription.PausedAtUtc), "AuditField.PausedAt")),
        Terms.Record(nameof(CalendarFeed), "AuditRecord.CalendarFeed",
            Terms.User(nameof(CalendarFeed.UserId), "AuditField.UserId"),
            Terms.Organisation(nameof(CalendarFeed.OrganisationId), "AuditField.OrganisationId"),
            Terms.Described(nameof(CalendarFeed.Language), "AuditField.Language", Language),
            Terms.Date(nameof(CalendarFeed.RevokedAtUtc), "AuditField.Revoked"),
            AuditTerms.Hidden(nameof(CalendarFeed.Hint))),
        Terms.Record(nameof(Comment), "AuditRecord.Comment",
            Terms.Reference(nameof(Comment.RecordId), "AuditField.DiscussedRecord"),
            Terms.Organisation(nameof(Comment.OrganisationId), "AuditField.OrganisationId"),
            Terms.User(nameof(Comment.AuthorId), "AuditField.Author"),
            Terms.Text(nameof(Comment.AuthorName), "AuditField.AuthorName"),
            Terms.Text(nameof(Comment.Body), "AuditField.CommentBody"),
            Terms.User(nameof(Comment.Mentions), "AuditField.Mentions"),
            // Which module and record type the discussed record is: its name already says it.
            AuditTerms.Hidden(nameof(Comment.Module)), AuditTerms.Hidden(nameof(Comment.RecordType))),
        Terms.Record(nameof(Attachment), "AuditRecord.Attachment",
            Terms.Reference(nameof(Attachment.RecordId), "AuditField.DiscussedRecord"),
            Terms.Organisation(nameof(Attachment.OrganisationId), "AuditField.OrganisationId"),
            Terms.Text(nameof(Attachment.FileName), "AuditField.FileName"),
            Terms.Text(nameof(Attachment.ContentType), "AuditField.ContentType"),
            Terms.Text(nameof(Attachment.SizeBytes), "AuditField.SizeBytes"),
            Terms.User(nameof(Attachment.UploadedById), "AuditField.UploadedBy"),
            Terms.Text(nameof(Attachment.UploadedByName), "AuditField.UploadedByName"),
            Terms.Date(nameof(Attachment.UploadedAtUtc), "AuditField.UploadedAt"),
            AuditTerms.Hidden(nameof(Attachment.Module)), AuditTerms.Hidden(nameof(Attachment.RecordType))),
        Terms.Record(SignInAudit.EntityType, "AuditRecord.SignIn", Terms.Text("NameTried", "AuditField.NameTried")),
    ];

    private static string RoleTitle(Roles roles, JsonElement role, CultureInfo culture)
    {
        var key = role.GetString() ?? "";
        return roles.All.FirstOrDefault(r => r.Key == key)?.Title.For(culture) ?? key;
    }

    private static string Language(JsonElement language, CultureInfo culture) =>
        Terms.Wording("Calendar.Language." + language.GetString(), culture);
}
