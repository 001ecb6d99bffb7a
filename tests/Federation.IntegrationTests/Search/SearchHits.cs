using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Search;

/// <summary>One hit of <c>GET /api/search</c>, flattened out of its module's group.</summary>
internal sealed record SearchHit(string Module, string Kind, string Title, string Link, double Score);

internal static class SearchHits
{
    public static async Task<IReadOnlyList<SearchHit>> Of(HttpClient client, string query, string? module = null)
    {
        var url = $"/api/search?q={Uri.EscapeDataString(query)}&take=50" + (module is null ? "" : $"&module={module}");
        var body = await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        return body.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("hits").EnumerateArray().Select(h => new SearchHit(
                g.GetProperty("module").GetString()!, h.GetProperty("kind").GetString()!, h.GetProperty("title").GetString()!,
                h.GetProperty("link").GetString()!, h.GetProperty("score").GetDouble())))
            .ToList();
    }

    /// <summary>Waits for the hits of <paramref name="query"/> to satisfy <paramref name="done"/>: the projection follows the events a moment later.</summary>
    public static Task<IReadOnlyList<SearchHit>> Eventually(HttpClient client, string query, Func<IReadOnlyList<SearchHit>, bool> done) =>
        Infrastructure.Eventually.Within(TimeSpan.FromSeconds(30), () => Of(client, query), done);

    public static Task<IReadOnlyList<SearchHit>> Finding(HttpClient client, string query, string link) =>
        Eventually(client, query, hits => hits.Any(h => h.Link == link));

    public static string Link(string path, JsonElement created) => $"{path}/{created.Id()}";
}
