using Federation.Platform.Identity;
using Federation.Platform.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Federation.Platform.Resources;
using Federation.Platform.Throttling;
using Microsoft.AspNetCore.RateLimiting;

namespace Federation.Platform.Pages;

[AllowAnonymous]
[EnableRateLimiting(RequestLimits.SignIn)]
internal sealed class SignInModel(
    PasswordSignIn signIn, Sessions.UserSessions sessions, IOptions<SingleSignOnOptions> singleSignOn, IStringLocalizer<PlatformText> text) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Refusal { get; private set; }

    /// <summary>The organisation's provider's button text; null while single sign-on is off.</summary>
    public string? OrganisationButton => singleSignOn.Value.Enabled
        ? string.IsNullOrWhiteSpace(singleSignOn.Value.DisplayName)
            ? string.Format(text["SingleSignOn.SignInWith"], text["SingleSignOn.DefaultName"])
            : string.Format(text["SingleSignOn.SignInWith"], singleSignOn.Value.DisplayName)
        : null;

    /// <summary>The button text is the operator's, not the product's: it is marked as such.</summary>
    public bool OrganisationButtonIsConfigured => !string.IsNullOrWhiteSpace(singleSignOn.Value.DisplayName);

    public bool PasswordForm => singleSignOn.Value.PasswordSignInAllowed;

    public void OnGet(string? refused)
    {
        if (SignInRefusals.MessageKey(refused) is { } key) Refusal = text[key];
    }

    /// <summary>Off to the provider; it sends the browser back to the handler's callback, and from there to <see cref="ReturnUrl"/>.</summary>
    public IActionResult OnGetOrganisation()
    {
        if (!singleSignOn.Value.Enabled) return NotFound();
        return Challenge(new AuthenticationProperties { RedirectUri = OnwardPage.LocalOrHome(ReturnUrl) }, SingleSignOnScheme.Name);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!PasswordForm)
        {
            Refusal = text["PasswordSignInOff"];
            return Page();
        }
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
