using Federation.Platform.Data;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Notifications;

/// <summary>The number on the shell's bell: the signed-in user's unread notices.</summary>
internal sealed class UnreadNotifications(PlatformDbContext db, ICurrentUser user)
{
    public async Task<int> Count(CancellationToken ct) =>
        user.UserId is { } id ? await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAtUtc == null, ct) : 0;
}
