using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Pages.Home;

/// <summary>Where every user starts the day: what is theirs to do, what waits for them, and for leaders the year's figures.</summary>
internal sealed class IndexModel(HomeQuery home, PlatformDbContext db, ICurrentUser user) : PageModel
{
    public HomeContents Contents { get; private set; } = null!;
    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Contents = await home.For(ct);
        DisplayName = await db.Users.AsNoTracking().Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleAsync(ct);
    }
}
