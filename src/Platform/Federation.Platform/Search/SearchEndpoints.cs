using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Search;

/// <summary>
/// <c>GET /api/search?q=&amp;module=&amp;take=</c>: any signed-in user, each hit filtered by its own
/// read permission and organisation; <c>POST /api/search/rebuild</c> for administrators.
/// </summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var search = api.MapGroup("/search").WithTags("Search");
        search.MapGet("/", Find).RequireAuthorization();
        search.MapPost("/rebuild", (SearchRebuild rebuild, CancellationToken ct) => rebuild.Run(ct)).RequireWholePlatform(PlatformModule.Admin);
    }

    private static async Task<Ok<SearchResults>> Find(string? q, string? module, int? take, SearchQuery search, CancellationToken ct) =>
        TypedResults.Ok(await search.Run(new SearchQuery.Request(q, module, take), ct));
}
