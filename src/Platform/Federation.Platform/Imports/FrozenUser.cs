using Federation.Kernel.Identity;

namespace Federation.Platform.Imports;

/// <summary>
/// The uploader as they were when they pressed the button, for an import that runs after the
/// request has ended: the same organisations and permissions, and the audit names them.
/// </summary>
internal sealed class FrozenUser : ICurrentUser
{
    private readonly HashSet<string> permissions;
    private readonly HashSet<Guid> visible;

    public FrozenUser(ICurrentUser user, IEnumerable<string> knownPermissions)
    {
        UserId = user.UserId;
        UserName = user.UserName;
        OrganisationId = user.OrganisationId;
        SeesEverything = user.SeesEverything;
        permissions = knownPermissions.Where(user.HasPermission).ToHashSet();
        visible = user.VisibleOrganisationIds.ToHashSet();
    }

    private FrozenUser(Stored stored)
    {
        UserId = stored.UserId;
        UserName = stored.UserName;
        OrganisationId = stored.OrganisationId;
        SeesEverything = stored.SeesEverything;
        permissions = stored.Permissions.ToHashSet();
        visible = stored.Visible.ToHashSet();
    }

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(
        new Stored(UserId, UserName, OrganisationId, SeesEverything, [.. permissions], [.. visible]));

    public static FrozenUser FromJson(string json) => new(System.Text.Json.JsonSerializer.Deserialize<Stored>(json)!);

    private sealed record Stored(Guid? UserId, string UserName, Guid? OrganisationId, bool SeesEverything, string[] Permissions, Guid[] Visible);

    public Guid? UserId { get; }
    public string UserName { get; }
    public bool IsAuthenticated => true;
    public Guid? OrganisationId { get; }
    public bool SeesEverything { get; }
    public IReadOnlyCollection<Guid> VisibleOrganisationIds => visible;
    public bool HasPermission(string permission) => permissions.Contains(permission);
    public bool CanAccess(Guid organisationId) => visible.Contains(organisationId);
}
