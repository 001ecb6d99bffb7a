using System.Security.Claims;
using Federation.Platform.Organisations;
using Federation.Kernel.Identity;

namespace Federation.Platform.Identity;

/// <summary>The signed-in principal's facts, looked up once per request.</summary>
internal sealed class CurrentUser : ICurrentUser
{
    private readonly IReadOnlySet<string> permissions;
    private readonly IReadOnlySet<Guid> visible;

    private CurrentUser(Guid userId, string userName, Guid organisationId, IReadOnlySet<string> permissions,
        IReadOnlySet<Guid> visible, bool seesEverything)
    {
        UserId = userId;
        UserName = userName;
        OrganisationId = organisationId;
        this.permissions = permissions;
        this.visible = visible;
        SeesEverything = seesEverything;
    }

    public Guid? UserId { get; }
    public string UserName { get; }
    public bool IsAuthenticated => true;
    public Guid? OrganisationId { get; }
    public IReadOnlyCollection<Guid> VisibleOrganisationIds => visible;
    public bool SeesEverything { get; }
    public IReadOnlySet<string> Permissions => permissions;

    public bool HasPermission(string permission) => permissions.Contains(permission);

    public bool CanAccess(Guid organisationId) => visible.Contains(organisationId);

    public static CurrentUser From(ClaimsPrincipal principal, Roles roles, OrganisationTree.Snapshot tree)
    {
        var id = Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var organisation = Guid.Parse(principal.FindFirstValue(FederationClaims.Organisation)!);
        var userRoles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value);
        return new CurrentUser(id, principal.Identity!.Name!, organisation, roles.PermissionsOf(userRoles),
            tree.Subtree(organisation), tree.IsRoot(organisation));
    }
}

/// <summary>Someone not signed in: sees nothing, may do nothing.</summary>
internal sealed class AnonymousUser : ICurrentUser
{
    public static AnonymousUser Instance { get; } = new();
    public Guid? UserId => null;
    public string UserName => "anonymous";
    public bool IsAuthenticated => false;
    public Guid? OrganisationId => null;
    public IReadOnlyCollection<Guid> VisibleOrganisationIds => [];
    public bool SeesEverything => false;
    public bool HasPermission(string permission) => false;
    public bool CanAccess(Guid organisationId) => false;
}

internal static class FederationClaims
{
    public const string Organisation = "org";
    public const string SecurityStamp = "stamp";
    /// <summary>The sign-in session the cookie belongs to (Sessions.UserSession), checked on every request.</summary>
    public const string Session = "sid";
    /// <summary>Present while the user's password was chosen by someone else (User.MustChangePassword).</summary>
    public const string PasswordChangeRequired = "pwd-change";
    /// <summary>Present on a session begun at the organisation's provider (SingleSignOn), which no password change holds up.</summary>
    public const string ViaOrganisation = "via-org";
}
