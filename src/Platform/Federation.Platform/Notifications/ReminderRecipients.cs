using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Data;
using Federation.Kernel.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Notifications;

/// <summary>
/// Who hears of a due item, worked out from the users as they are at the start of a sweep:
/// the named users, else the person the record names, else the department's staff of the
/// owning organisation (or the nearest organisation above it that has some); and for an
/// overdue item, the leadership of that organisation or the nearest one above it.
/// Administrators hold every permission but are not a department, so they are not reminded
/// through it.
/// </summary>
internal sealed class ReminderRecipients
{
    private readonly IReadOnlyList<Person> people;
    private readonly OrganisationTree.Snapshot tree;

    private ReminderRecipients(IReadOnlyList<Person> people, OrganisationTree.Snapshot tree)
    {
        this.people = people;
        this.tree = tree;
    }

    internal sealed record Person(Guid Id, string UserName, string DisplayName, Guid OrganisationId, IReadOnlySet<string> DepartmentPermissions, bool IsLeader);

    public static async Task<ReminderRecipients> Load(PlatformDbContext db, Roles roles, OrganisationTree organisations, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => !u.Disabled)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.OrganisationId, u.Roles }).ToListAsync(ct);
        var people = users.Select(u => new Person(u.Id, u.UserName, u.DisplayName, u.OrganisationId,
            roles.PermissionsOf(u.Roles.Where(r => r != Roles.Admin)), u.Roles.Contains(Roles.Leadership))).ToList();
        return new ReminderRecipients(people, await organisations.Get(ct));
    }

    public IReadOnlyList<Guid> Responsible(DueItem item) =>
        Route(item.OrganisationId, item.Permission, item.Responsible, item.ResponsibleName).Users;

    /// <summary>
    /// Who acts on an item, and whether they are named by it (the users it names, or the person it
    /// names matched to a user who sees its organisation) rather than its department's staff.
    /// </summary>
    public (IReadOnlyList<Guid> Users, bool Named) Route(
        Guid organisationId, string permission, IReadOnlyList<Guid>? responsible, string? responsibleName)
    {
        if (responsible is { Count: > 0 } named)
            return (people.Where(p => named.Contains(p.Id)).Select(p => p.Id).ToList(), true);
        if (responsibleName is { Length: > 0 } name)
        {
            var person = people.Where(p => p.UserName == name || p.DisplayName == name)
                .FirstOrDefault(p => tree.Subtree(p.OrganisationId).Contains(organisationId));
            if (person is not null) return ([person.Id], true);
        }
        return (Nearest(organisationId, p => p.DepartmentPermissions.Contains(permission) && !p.IsLeader), false);
    }

    public IReadOnlyList<Guid> Leadership(Guid organisationId) => Nearest(organisationId, p => p.IsLeader);

    /// <summary>The people of the organisation who qualify, or of the nearest one above it that has any.</summary>
    private IReadOnlyList<Guid> Nearest(Guid organisationId, Func<Person, bool> qualifies)
    {
        for (var node = tree.Find(organisationId); node is not null; node = node.ParentId is { } parent ? tree.Find(parent) : null)
        {
            var found = people.Where(p => p.OrganisationId == node.Id && qualifies(p)).Select(p => p.Id).ToList();
            if (found.Count > 0) return found;
        }
        return [];
    }
}
