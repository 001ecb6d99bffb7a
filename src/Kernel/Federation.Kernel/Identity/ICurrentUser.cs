namespace Federation.Kernel.Identity;

/// <summary>Who is acting: a signed-in user, an API token's owner, or the system (consumers, start-up).</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    string UserName { get; }
    bool IsAuthenticated { get; }

    /// <summary>The organisation the user belongs to; new records default to it.</summary>
    Guid? OrganisationId { get; }

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
    public static SystemUser Instance { get; } = new();
    public Guid? UserId => null;
    public string UserName => "system";
    public bool IsAuthenticated => true;
    public Guid? OrganisationId => null;
    public bool HasPermission(string permission) => true;
    public bool CanAccess(Guid organisationId) => true;
    public IReadOnlyCollection<Guid> VisibleOrganisationIds => [];
    public bool SeesEverything => true;
}
