using Federation.Kernel.Modules;

namespace Federation.Kernel.Identity;

/// <summary>
/// The platform's users as modules may name them: leadership members to assign work to, and the
/// name behind a user id. Modules keep ids and copy names; they never read the users table.
/// </summary>
[Port]
public interface IPeopleDirectory
{
    /// <summary>The enabled members of the leadership (领导班子) whom the user may see, by name.</summary>
    Task<IReadOnlyList<PersonSummary>> Leaders(ICurrentUser user, CancellationToken cancellationToken);

    /// <summary>The user with that id if it exists and is enabled.</summary>
    Task<PersonSummary?> Find(Guid userId, CancellationToken cancellationToken);
}

/// <summary>A user as a picker shows them.</summary>
/// <param name="Id">The user's id, which modules keep.</param>
/// <param name="DisplayName">The name to show, which modules copy.</param>
/// <param name="OrganisationId">The organisation the user belongs to.</param>
/// <param name="IsLeader">Whether the user is a member of the leadership (领导班子).</param>
public sealed record PersonSummary(Guid Id, string DisplayName, Guid OrganisationId, bool IsLeader);
