using System.Text.Json;
using Federation.Kernel.Messaging;

namespace Federation.Platform.Audit;

/// <summary>
/// A sign-in as the audit log shows it: the real user (not the anonymous request that asked) and,
/// for a failure, the name that was tried, whether or not such a user exists.
/// </summary>
internal static class SignInAudit
{
    public const string EntityType = "SignIn";

    public static AuditEntry Succeeded(Guid userId, string userName, Guid organisationId, DateTime nowUtc) =>
        Entry("SignedIn", userId, userName, organisationId, nowUtc, new { });

    public static AuditEntry Failed(Guid? userId, string nameTried, Guid? organisationId, DateTime nowUtc) =>
        Entry("SignInFailed", userId, nameTried, organisationId, nowUtc, new { NameTried = nameTried });

    private static AuditEntry Entry(string action, Guid? userId, string userName, Guid? organisationId, DateTime nowUtc, object changes)
    {
        var name = userName.Length <= 50 ? userName : userName[..50];
        return new AuditEntry
        {
            EventId = Guid.CreateVersion7(),
            Module = "Platform",
            EntityType = EntityType,
            EntityId = userId?.ToString() ?? name,
            Action = action,
            Changes = JsonSerializer.Serialize(changes, new JsonSerializerOptions(EventJson.Options) { PropertyNamingPolicy = null }),
            OrganisationId = organisationId,
            UserId = userId,
            UserName = name,
            AtUtc = nowUtc,
        };
    }
}
