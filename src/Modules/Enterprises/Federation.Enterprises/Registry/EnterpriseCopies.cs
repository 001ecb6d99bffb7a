using Federation.Enterprises.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Registry;

/// <summary>
/// Visits, concerns and campaign assignments copy their enterprise's name and town, so lists and
/// scorecard facts need no join; a correction of the enterprise brings every copy up to date.
/// </summary>
internal static class EnterpriseCopies
{
    public static async Task Refresh(EnterprisesDbContext db, Enterprise enterprise, CancellationToken ct)
    {
        foreach (var visit in await db.Visits.Where(v => v.EnterpriseId == enterprise.Id).ToListAsync(ct))
            visit.Follow(enterprise);
        foreach (var concern in await db.Concerns.Where(c => c.EnterpriseId == enterprise.Id).ToListAsync(ct))
            concern.Follow(enterprise);
        foreach (var assignment in await db.Assignments.Where(a => a.EnterpriseId == enterprise.Id).ToListAsync(ct))
            assignment.EnterpriseName = enterprise.Name;
    }
}
