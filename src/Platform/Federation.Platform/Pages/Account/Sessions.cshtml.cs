using Federation.Kernel.Identity;
using Federation.Platform.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.Sessions.UserSessions;

namespace Federation.Platform.Pages.Account;

/// <summary>我的登录会话: where the user is signed in, and ending any of it (another browser is signed out at its next request).</summary>
internal sealed class SessionsModel(UserSessions sessions, ICurrentUser user) : PageModel
{
    public IReadOnlyList<SessionResponse> Sessions { get; private set; } = [];
    public bool Ended { get; private set; }

    public async Task OnGetAsync(bool ended, CancellationToken ct)
    {
        Ended = ended;
        Sessions = await sessions.Of(user.UserId!.Value, UserSessions.Of(User), ct);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken ct)
    {
        if (id == UserSessions.Of(User))
        {
            await sessions.SignOut(HttpContext, ct);
            return Redirect("/sign-in");
        }
        return await sessions.End(user.UserId!.Value, id, ct) ? RedirectToPage(new { ended = true }) : NotFound();
    }
}
