using Federation.Platform.Data;
using Federation.Platform.Resources;
using Federation.Platform.Throttling;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>Signing in and out with a password, reading who you are, changing your own password.</summary>
internal static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/sign-in", SignIn).AllowAnonymous().Validate<SignInRequest>().RequireRateLimiting(RequestLimits.SignIn)
            .Describe("authSignIn", "Sign in",
                "Checks the user name and password and sets the session cookie; repeated failures lock the account and the address for a while.");
        auth.MapPost("/sign-out", (Delegate)SignOut).RequireAuthorization().WithMetadata(new AllowedBeforePasswordChangeAttribute())
            .Describe("authSignOut", "Sign out",
                "Ends the caller's session and clears its cookie.");
        auth.MapGet("/me", Me).RequireAuthorization()
            .Describe("authMe", "Who am I",
                "The signed-in user (or the token's user): name, organisation, roles, permissions and whether a password change is pending.");
        auth.MapPost("/password", ChangePassword).RequireAuthorization().RequireRateLimiting(RequestLimits.PasswordChange)
            .WithMetadata(new AllowedBeforePasswordChangeAttribute())
            .Describe("authChangePassword", "Change my password",
                "Changes the caller's password given the current one; the new one must pass the password rules, named in errors.");
    }

    internal sealed record SignInRequest(string? UserName, string? Password);

    /// <summary>The same limits an account is created with: a longer name or password cannot sign in, so say which.</summary>
    internal sealed class SignInRequestValidator : AbstractValidator<SignInRequest>
    {
        public SignInRequestValidator()
        {
            RuleFor(r => r.UserName).RequiredText(50);
            RuleFor(r => r.Password).RequiredText(128);
        }
    }

    /// <summary><paramref name="MustChangePassword"/>: until the password is changed, the API answers 403 <c>password.change-required</c>.</summary>
    internal sealed record MeResponse(Guid Id, string UserName, string DisplayName, Guid OrganisationId,
        IReadOnlyList<string> Roles, IReadOnlyCollection<string> Permissions, bool MustChangePassword = false);

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> SignIn(
        SignInRequest request, HttpContext http, PasswordSignIn signIn, Sessions.UserSessions sessions, Roles roles, CancellationToken ct)
    {
        var outcome = await signIn.Attempt(request.UserName, request.Password, SignIns.SignInClient.Of(http), ct);
        if (outcome.RetryAfter is { } wait) return TooManyAttempts.Result(http, wait, "userName");
        if (outcome.User is not { } user)
            return outcome.LockedUntilUtc is { } until
                ? Refused(string.Format(PlatformText.Get("LockedOut"), Kernel.Web.Display.ChinaTime(until)), "locked")
                : Refused(PlatformText.Get("WrongPassword"));
        await sessions.SignIn(http, user, ct);
        return TypedResults.Ok(new MeResponse(user.Id, user.UserName, user.DisplayName, user.OrganisationId, user.Roles,
            roles.PermissionsOf(user.Roles).Order().ToList(), user.MustChangePassword));
    }

    private static async Task<NoContent> SignOut(HttpContext http, Sessions.UserSessions sessions, CancellationToken ct)
    {
        await sessions.SignOut(http, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, NotFound>> Me(ICurrentUser user, UserAccounts accounts, Roles roles, CancellationToken ct)
    {
        var record = await accounts.Find(user.UserId!.Value, ct);
        if (record is null) return TypedResults.NotFound();
        return TypedResults.Ok(new MeResponse(record.Id, record.UserName, record.DisplayName, record.OrganisationId,
            record.Roles, roles.PermissionsOf(record.Roles).Order().ToList(), record.MustChangePassword));
    }

    internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, HttpContext http, PasswordChange change, Sessions.UserSessions sessions, CancellationToken ct)
    {
        var outcome = await change.Change(request.CurrentPassword, request.NewPassword, ct);
        if (outcome.Refused is { RetryAfter: { } wait } limited) return TooManyAttempts.Result(http, wait, limited.Field, limited.Message);
        if (outcome.Refused is { } refused) throw new RequestRejectedException(refused.Field, refused.Message);
        // The stamp changed, so re-issue this browser's cookie; other sessions end.
        await sessions.KeepOnlyThis(http, outcome.Changed!, ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Refused(string detail, string? reason = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: detail,
            extensions: reason is null ? null : new Dictionary<string, object?> { ["reason"] = reason });
}
