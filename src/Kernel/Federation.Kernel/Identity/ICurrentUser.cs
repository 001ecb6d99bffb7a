using Federation.Kernel.Modules;

namespace Federation.Kernel.Identity;

/// <summary>Who is acting: a signed-in user, an API token's owner, or the system (consumers, start-up).</summary>
[Port]
public interface ICurrentUser
{
    /// <summary>The user's id; null for the system.</summary>
    Guid? UserId { get; }
    /// <summary>The user's login name, as the audit log records it; "system" for the platform.</summary>
    string UserName { get; }
    /// <summary>Whether someone is signed in or acting by token; false for an anonymous request.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The organisation the user belongs to; new records default to it.</summary>
    Guid? OrganisationId { get; }

    /// <summary>Whether the user holds <paramref name="permission"/>, e.g. "investment.write"; for checks that depend on what the request names.</summary>
    bool HasPermission(string permission);

    /// <summary>Whether the user may see and change records owned by <paramref name="organisationId"/> (their subtree).</summary>
    bool CanAccess(Guid organisationId);

    /// <summary>Every organisation in the user's subtree, for filtering queries.</summary>
    IReadOnlyCollection<Guid> VisibleOrganisationIds { get; }

    /// <summary>True for the system and for users of the root organisation: no filter is needed.</summary>
    bool SeesEverything { get; }
}

/// <summary>The platform itself acting: it sees everything and holds every permission.</summary>
public sealed class SystemUser : ICurrentUser
{
    /// <summary>The one system user, for work outside a request: event consumers, start-up, scheduled jobs.</summary>
    public static SystemUser Instance { get; } = new();
    /// <summary>Always null: the system is not a user.</summary>
    public Guid? UserId => null;
    /// <summary>Always "system", as the audit log shows it.</summary>
    public string UserName => "system";
    /// <summary>Always true.</summary>
    public bool IsAuthenticated => true;
    /// <summary>Always null: the system belongs to no organisation, so a record it creates must name its owner.</summary>
    public Guid? OrganisationId => null;
    /// <summary>Always true: the system holds every permission.</summary>
    public bool HasPermission(string permission) => true;
    /// <summary>Always true: the system may touch every organisation's records.</summary>
    public bool CanAccess(Guid organisationId) => true;
    /// <summary>Empty: <see cref="SeesEverything"/> is true, so no filter is applied.</summary>
    public IReadOnlyCollection<Guid> VisibleOrganisationIds => [];
    /// <summary>Always true.</summary>
    public bool SeesEverything => true;
}
