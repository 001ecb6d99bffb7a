using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Federation.Platform.Sessions.UserSessions;

namespace Federation.Platform.Sessions;

/// <summary>A user's own sign-in sessions (/api/auth/sessions), and an admin's view and end of a user's (/api/admin/users/{id}/sessions).</summary>
internal static class SessionEndpoints
{
    public static void MapOwn(IEndpointRouteBuilder api)
    {
        var own = api.MapGroup("/auth/sessions").WithTag("Sign-in", "Signing in and out with a password, the caller's own account and sessions.");
        own.MapGet("/", Mine).RequireAuthorization()
            .Describe("authSessionsList", "List my sessions",
                "The caller's signed-in sessions, with browser, address and last use.");
        own.MapDelete("/{id:guid}", EndMine).RequireAuthorization()
            .Describe("authSessionsEnd", "End one of my sessions",
                "Signs one of the caller's sessions out, e.g. on a lost phone.");
    }

    public static void MapAdmin(IEndpointRouteBuilder admin)
    {
        var users = admin.MapGroup("/users").WithTags("Administration: users");
        users.MapGet("/{id:guid}/sessions", OfUser).RequirePermission(PlatformModule.Admin)
            .Describe("adminUsersSessionsList", "List a user's sessions",
                "The user's signed-in sessions, for an administrator.");
        users.MapDelete("/{id:guid}/sessions", EndAllOfUser).RequirePermission(PlatformModule.Admin)
            .Describe("adminUsersSessionsEndAll", "End all of a user's sessions",
                "Signs the user out everywhere at once.");
    }

    internal sealed record EndedResponse(int Ended);

    private static async Task<Ok<IReadOnlyList<SessionResponse>>> Mine(HttpContext http, ICurrentUser user, UserSessions sessions, CancellationToken ct) =>
        TypedResults.Ok(await sessions.Of(user.UserId!.Value, UserSessions.Of(http.User), ct));

    private static async Task<Results<NoContent, NotFound>> EndMine(Guid id, ICurrentUser user, UserSessions sessions, CancellationToken ct) =>
        await sessions.End(user.UserId!.Value, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<SessionResponse>>, NotFound>> OfUser(
        Guid id, UserAdministration users, UserSessions sessions, CancellationToken ct) =>
        await users.Find(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await sessions.Of(id, null, ct));

    private static async Task<Results<Ok<EndedResponse>, NotFound>> EndAllOfUser(Guid id, UserAdministration users, CancellationToken ct) =>
        await users.EndSessions(id, ct) is { } ended ? TypedResults.Ok(new EndedResponse(ended)) : TypedResults.NotFound();
}
