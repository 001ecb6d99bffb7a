using Federation.Platform.Identity;
using Federation.Platform.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Pages;

[AllowAnonymous]
internal sealed class SignOutModel(
    Sessions.UserSessions sessions, IOptions<SingleSignOnOptions> singleSignOn, IOptionsMonitor<OpenIdConnectOptions> provider,
    ILogger<SignOutModel> log) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var viaOrganisation = UserAccounts.IsViaOrganisation(User);
        await sessions.SignOut(HttpContext, ct);
        if (!viaOrganisation || !singleSignOn.Value.Enabled) return Redirect("/sign-in");
        await OnwardPage.Write(HttpContext, "/sign-out?handler=Provider");
        return new EmptyResult();
    }

    /// <summary>
    /// Ends the provider's session too, when it offers an end-session endpoint; it sends the browser
    /// back to the handler's callback and from there to the sign-in page. The session here is already over.
    /// </summary>
    public async Task<IActionResult> OnGetProviderAsync(CancellationToken ct)
    {
        if (!singleSignOn.Value.Enabled) return Redirect("/sign-in");
        try
        {
            var configuration = await provider.Get(SingleSignOnScheme.Name).ConfigurationManager!.GetConfigurationAsync(ct);
            if (string.IsNullOrEmpty(configuration.EndSessionEndpoint)) return Redirect("/sign-in");
        }
        catch (InvalidOperationException e)
        {
            // The provider cannot be reached: signing out here has happened, which is what matters.
            log.LogWarning(e, "The organisation's provider could not be asked for its end-session endpoint");
            return Redirect("/sign-in");
        }
        return SignOut(new AuthenticationProperties { RedirectUri = "/sign-in" }, SingleSignOnScheme.Name);
    }
}
