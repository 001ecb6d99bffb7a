using System.Globalization;
using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Notifications;

/// <summary>The signed-in user's own notices: list (unread first when asked), mark one or all read.</summary>
internal static class NotificationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTag("Notifications", "The caller's reminders, overdue notices and escalations.");
        notifications.MapGet("/", List)
            .Describe("notificationsList", "List my notifications",
                "The caller's notices (reminders, overdue items, escalations), newest first, with the unread count.");
        notifications.MapPost("/{id:long}/read", Read)
            .Describe("notificationsMarkRead", "Mark a notification read",
                "Marks one of the caller's notices read.");
        notifications.MapPost("/read-all", ReadAll)
            .Describe("notificationsMarkAllRead", "Mark all notifications read",
                "Marks every notice of the caller read.");
    }

    internal sealed record NotificationResponse(long Id, NotificationKind Kind, string Title, string Link, DateOnly DueOn, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

    internal sealed record NotificationPage(IReadOnlyList<NotificationResponse> Items, int Total, int Unread, int Page, int PageSize);

    internal static async Task<Ok<NotificationPage>> List(bool? unreadOnly, int? page, int? pageSize, PlatformDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null, ct);
        if (unreadOnly == true) mine = mine.Where(n => n.ReadAtUtc == null);
        var total = await mine.CountAsync(ct);
        var items = await mine.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture;
        return TypedResults.Ok(new NotificationPage(items.Select(n => new NotificationResponse(
            n.Id, n.Kind, n.Title(culture), n.Link, n.DueOn, n.CreatedAtUtc, n.ReadAtUtc)).ToList(), total, unread, number, size));
    }

    internal static async Task<Results<NoContent, NotFound>> Read(long id, PlatformDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var notice = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == user.UserId, ct);
        if (notice is null) return TypedResults.NotFound();
        notice.ReadAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> ReadAll(PlatformDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notice in await db.Notifications.Where(n => n.UserId == user.UserId && n.ReadAtUtc == null).ToListAsync(ct))
            notice.ReadAtUtc = now;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
