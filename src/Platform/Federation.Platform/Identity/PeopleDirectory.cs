using Federation.Platform.Data;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>Answers modules' questions about users from the platform's users table.</summary>
internal sealed class PeopleDirectory(PlatformDbContext db) : IPeopleDirectory
{
    public async Task<IReadOnlyList<PersonSummary>> Leaders(ICurrentUser user, CancellationToken cancellationToken)
    {
        var leaders = await db.Users.AsNoTracking()
            .Where(u => !u.Disabled && u.Roles.Contains(Roles.Leadership))
            .OrderBy(u => u.DisplayName)
            .Select(u => new PersonSummary(u.Id, u.DisplayName, u.OrganisationId, true))
            .ToListAsync(cancellationToken);
        return leaders.Where(l => user.SeesEverything || user.CanAccess(l.OrganisationId)).ToList();
    }

    public Task<PersonSummary?> Find(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.Disabled)
            .Select(u => new PersonSummary(u.Id, u.DisplayName, u.OrganisationId, u.Roles.Contains(Roles.Leadership)))
            .FirstOrDefaultAsync(cancellationToken);
}
