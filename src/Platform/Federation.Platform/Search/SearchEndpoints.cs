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
        var search = api.MapGroup("/search").WithTag("Search", "One search over every work line's records.");
        search.MapGet("/", Find).RequireAuthorization()
            .Describe("searchFind", "Search every work line",
                "Finds records of every work line the caller may see by words in Chinese or English, best first.");
        search.MapPost("/rebuild", (SearchRebuild rebuild, CancellationToken ct) => rebuild.Run(ct)).RequireWholePlatform(PlatformModule.Admin)
            .Describe("searchRebuild", "Rebuild the search index",
                "Has every work line describe its records again and rebuilds the index; top-level administrators only.");
    }

    private static async Task<Ok<SearchResults>> Find(string? q, string? module, int? take, SearchQuery search, CancellationToken ct) =>
        TypedResults.Ok(await search.Run(new SearchQuery.Request(q, module, take), ct));
}
