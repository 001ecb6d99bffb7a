using Federation.Platform.Notifications;
using Federation.Platform.Data;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Notifications;

/// <summary>The user's reminders, overdue notices and escalations, newest first; read ones fade.</summary>
internal sealed class IndexModel(PlatformDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public NotificationEndpoints.NotificationPage Notices { get; private set; } = new([], 0, 0, 1, 50);
    public bool UnreadOnly { get; private set; }

    public async Task OnGetAsync(bool? unreadOnly, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        UnreadOnly = unreadOnly == true;
        Notices = (await NotificationEndpoints.List(UnreadOnly, pageNumber, 50, db, user, ct)).Value!;
    }

    /// <summary>Marks the notice read and opens what it is about.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        await NotificationEndpoints.Read(id, db, user, clock, ct);
        var link = db.Notifications.Where(n => n.Id == id && n.UserId == user.UserId).Select(n => n.Link).FirstOrDefault();
        return link is not null && link.StartsWith('/') && !link.StartsWith("//") ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await NotificationEndpoints.ReadAll(db, user, clock, ct);
        return RedirectToPage();
    }
}
