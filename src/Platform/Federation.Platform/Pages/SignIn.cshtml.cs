using Federation.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Federation.Platform.Resources;
using Federation.Platform.Throttling;
using Microsoft.AspNetCore.RateLimiting;

namespace Federation.Platform.Pages;

[AllowAnonymous]
[EnableRateLimiting(RequestLimits.SignIn)]
internal sealed class SignInModel(PasswordSignIn signIn, Sessions.UserSessions sessions, IStringLocalizer<PlatformText> text) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Refusal { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await signIn.Attempt(UserName, Password, Platform.SignIns.SignInClient.Of(HttpContext), ct);
        if (outcome.RetryAfter is { } wait)
        {
            TooManyAttempts.Mark(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        if (outcome.User is null)
        {
            Refusal = outcome.LockedUntilUtc is { } until
                ? string.Format(text["LockedOut"], Kernel.Web.Display.ChinaTime(until))
                : text["WrongPassword"];
            return Page();
        }
        await sessions.SignIn(HttpContext, outcome.User, ct);
        if (outcome.User.MustChangePassword) return LocalRedirect(PasswordChangeRequired.PagePath);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
