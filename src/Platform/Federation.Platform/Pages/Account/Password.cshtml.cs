using Federation.Platform.Identity;
using Federation.Platform.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Federation.Platform.Pages.Account;

[EnableRateLimiting(RequestLimits.PasswordChange)]
[AllowedBeforePasswordChange]
internal sealed class PasswordModel(PasswordChange change, Sessions.UserSessions sessions) : PageModel
{
    /// <summary>The password was set by someone else: the page says it must be replaced before anything else.</summary>
    public bool Required => User.HasClaim(FederationClaims.PasswordChangeRequired, "true");

    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await change.Change(CurrentPassword, NewPassword, ct);
        if (outcome.Refused is { } refused)
        {
            // A lock is shown next to the field (it says until when); only the rate limit is a 429 page.
            if (refused is { Throttled: true, RetryAfter: { } wait })
            {
                TooManyAttempts.Mark(HttpContext, wait);
                return StatusCode(StatusCodes.Status429TooManyRequests);
            }
            ModelState.AddModelError(refused.Field == "newPassword" ? nameof(NewPassword) : nameof(CurrentPassword), refused.Message);
            return Page();
        }
        await sessions.KeepOnlyThis(HttpContext, outcome.Changed!, ct);
        Changed = true;
        return Page();
    }
}
