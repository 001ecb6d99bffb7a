using Federation.Platform.Data;
using Federation.Platform.Tokens;
using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Tokens.TokenEndpoints;

namespace Federation.Platform.Pages.Admin.Tokens;

[RequirePermission(PlatformModule.Admin)]
internal sealed class IndexModel(
    TokenAdministration tokens, PlatformDbContext db, ICurrentUser admin) : PageModel
{
    private static readonly Dictionary<string, string> Inputs = new() { ["expiresAtUtc"] = nameof(ExpiresOn) };

    [BindProperty] public Guid? UserId { get; set; }
    [BindProperty] public string? Name { get; set; }

    /// <summary>The last day the token works, in China time; empty for no expiry.</summary>
    [BindProperty] public DateOnly? ExpiresOn { get; set; }

    public IReadOnlyList<TokenResponse> Tokens { get; private set; } = [];
    public IReadOnlyList<TokenHolder> Holders { get; private set; } = [];
    public bool Revoked { get; private set; }

    /// <summary>Set on the answer to the issue only: the secret is stored nowhere but as a hash.</summary>
    public IssuedTokenResponse? Issued { get; private set; }

    public async Task OnGetAsync(bool revoked, CancellationToken ct)
    {
        Revoked = revoked;
        await Load(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new IssueTokenRequest(UserId, Name, ExpiresOn is { } day ? EndOfChinaDay(day) : null);
        if (await this.Validate(request, "", Inputs)
            && await this.Try("", async () => Issued = await tokens.Issue(request, ct), Inputs))
        {
            ModelState.Clear();
            (UserId, Name, ExpiresOn) = (null, null, null);
        }
        await Load(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        await tokens.Revoke(id, ct) ? RedirectToPage(new { revoked = true }) : NotFound();

    public string HolderOf(TokenResponse token) => Holders.FirstOrDefault(h => h.Id == token.UserId)?.UserName ?? "—";

    private async Task Load(CancellationToken ct)
    {
        Tokens = await tokens.List(null, ct);
        Holders = await db.Users.AsNoTracking().VisibleTo(admin).OrderBy(u => u.UserName)
            .Select(u => new TokenHolder(u.Id, u.UserName, u.DisplayName)).ToListAsync(ct);
    }

    private static DateTime EndOfChinaDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaCalendar.Zone);
}

internal sealed record TokenHolder(Guid Id, string UserName, string DisplayName);
