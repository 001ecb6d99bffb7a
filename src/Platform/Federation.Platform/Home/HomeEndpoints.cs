using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Home;

/// <summary>The signed-in user's home page as data, for clients that show their own: <c>GET /api/home</c>.</summary>
internal static class HomeEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/home", Get).WithTag("Home", "The caller's home page: headline figures and what is due.")
            .Describe("homeRead", "Read my home page",
                "The caller's headline figures, items due and recent activity, as the home page shows them.");

    internal static async Task<Ok<HomeContents>> Get(HomeQuery home, CancellationToken ct) =>
        TypedResults.Ok(await home.For(ct));
}
