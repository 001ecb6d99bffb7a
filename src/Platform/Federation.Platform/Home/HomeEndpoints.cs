using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Home;

/// <summary>The signed-in user's home page as data, for clients that show their own: <c>GET /api/home</c>.</summary>
internal static class HomeEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/home", Get).WithTags("Home");

    internal static async Task<Ok<HomeContents>> Get(HomeQuery home, CancellationToken ct) =>
        TypedResults.Ok(await home.For(ct));
}
