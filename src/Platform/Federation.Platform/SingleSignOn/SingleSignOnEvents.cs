using Federation.Platform.Sessions;
using Federation.Platform.SignIns;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Federation.Platform.SingleSignOn;

/// <summary>
/// Takes over when the provider has vouched for someone: the handler's own sign-in is replaced by
/// <see cref="OrganisationSignIn"/> and the same revocable session a password sign-in gets.
/// A refusal or a failed exchange lands on the sign-in page saying why, never on an error page.
/// </summary>
internal sealed class SingleSignOnEvents(OrganisationSignIn signIn, UserSessions sessions, ILogger<SingleSignOnEvents> log) : OpenIdConnectEvents
{
    public override async Task TicketReceived(TicketReceivedContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        var outcome = await signIn.Attempt(context.Principal!, SignInClient.Of(http), http.RequestAborted);
        if (outcome.User is not { } user)
        {
            http.Response.Redirect(SignInRefusals.PathFor(outcome.Refused!.Value));
            return;
        }
        await sessions.SignIn(http, user, http.RequestAborted, viaOrganisation: true);
        await OnwardPage.Write(http, OnwardPage.LocalOrHome(context.Properties?.RedirectUri));
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        log.LogWarning(context.Failure, "Signing in at the organisation's provider failed");
        context.HandleResponse();
        context.Response.Redirect(SignInRefusals.FailedPath);
        return Task.CompletedTask;
    }
}
