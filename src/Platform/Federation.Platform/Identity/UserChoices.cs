using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>The users a reader may pick in a log's "user" filter: those of the organisations the reader sees, as "显示名（登录名）".</summary>
internal static class UserChoices
{
    public static async Task<IReadOnlyList<(string UserName, string Label)>> VisibleTo(PlatformDbContext db, ICurrentUser reader, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking();
        if (!reader.SeesEverything)
        {
            var visible = reader.VisibleOrganisationIds.ToList();
            users = users.Where(u => visible.Contains(u.OrganisationId));
        }
        return (await users.OrderBy(u => u.UserName).Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.UserName, $"{u.DisplayName}（{u.UserName}）")).ToList();
    }
}
