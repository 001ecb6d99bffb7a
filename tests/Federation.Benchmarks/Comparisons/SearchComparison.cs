using System.Diagnostics;
using System.Text.Json;
using Federation.Benchmarks.Hosting;
using Federation.Benchmarks.Reporting;
using Federation.Benchmarks.Seeding;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// 7. Global search over 100,000 projects: the seeded rows predate search, so the projection is
/// rebuilt first (timed: the modules describe their records again and the index follows), then one
/// reader cycles through Chinese queries (one with a typo) against the baseline's unranked
/// LIKE over the same rows of the same file. Also the time a restarted host takes to fill the
/// index again, during which it answers from the table.
/// </summary>
internal static class SearchComparison
{
    public const int Projects = ReadComparison.Projects;

    public static readonly string[] Queries = ["健康医药", "翠亨新区 新材料", "基准测试集团042有限公司", "先进制造 小榄镇", "新一代信息技朮", "文旅"];

    public static async Task<ComparisonTable> Run(BenchContext context)
    {
        var table = new ComparisonTable($"7. Search: one reader over {Projects:N0} projects ({Queries.Length} queries in turn, {context.LoadFor.TotalSeconds:N0} s each side)");
        var folder = await context.Seeded(Projects);
        var probe = new StoreProbe(Path.Combine(folder, ProductDatabase.FileName));
        TimeSpan rebuilt, refilled;
        await using (var host = await context.StartHost(folder))
        {
            using var session = await context.SignIn(host);
            var clock = Stopwatch.StartNew();
            // The rebuild answers once every record is described again, which takes minutes here, past the session's 60 s.
            using (var patient = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(15) })
            {
                patient.DefaultRequestHeaders.Add("Cookie", session.CookieHeader["Cookie: ".Length..]);
                using var rebuild = await patient.PostAsync("/api/search/rebuild", null, context.Deadline);
                rebuild.EnsureSuccessStatusCode();
                BenchContext.Progress($"search: the rebuild answered after {clock.Elapsed.TotalSeconds:N1} s: {await rebuild.Content.ReadAsStringAsync(context.Deadline)}");
            }
            while (probe.Count("SELECT COUNT(*) FROM plt_search_entries") < Projects || !await Ranked(session.Http, context.Deadline))
                await Task.Delay(500, context.Deadline);
            rebuilt = clock.Elapsed;
            BenchContext.Progress($"search: rebuilt and indexed {Projects:N0} projects in {rebuilt.TotalSeconds:N1} s");
        }

        await using var restarted = await context.StartHost(folder);
        using var reader = await context.SignIn(restarted);
        var fill = Stopwatch.StartNew();
        while (!await Ranked(reader.Http, context.Deadline)) await Task.Delay(100, context.Deadline);
        refilled = fill.Elapsed;
        await using var baseline = await context.StartBaseline(folder);
        using var plain = new HttpClient { BaseAddress = baseline.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };

        var product = await Cycle(reader.Http, q => $"/api/search?q={Uri.EscapeDataString(q)}&take=10", context);
        var bare = await Cycle(plain, q => $"/search?q={Uri.EscapeDataString(q)}", context);
        table.Row("searches/s", product.PerSecond, bare.PerSecond, "N1")
            .Row("p50 latency ms", product.P50Ms, bare.P50Ms, "N1")
            .Row("p99 latency ms", product.P99Ms, bare.P99Ms, "N1")
            .Row("searches", product.Requests, bare.Requests, "N0")
            .Row("rebuild to a full index s (product only)", rebuilt.TotalSeconds, null, "N1")
            .Row("index filled after a restart s (product only)", refilled.TotalSeconds, null, "N1")
            .Row("host start to /health ms (product only)", restarted.StartedIn.TotalMilliseconds, null, "N0");
        if (product.Errors + bare.Errors > 0) table.Problem($"errors: product {product.Errors}, baseline {bare.Errors} (non-2xx or socket)");
        if (product.P99Ms >= 100) table.Problem($"the product's p99 of {product.P99Ms:N1} ms misses the 100 ms target");
        table.Note("The product segments the query (SmartCn words and CJK bigrams), ranks the hits in its in-memory Lucene index, filters them by read permission and organisation, groups them by module and sends the best 10 of each with snippets; the baseline runs an unranked LIKE over the projects' name, investor, industry and town and sends the first 50.");
        return table;
    }

    private static async Task<bool> Ranked(HttpClient http, CancellationToken ct)
    {
        using var response = await http.GetAsync($"/api/search?q={Uri.EscapeDataString(Queries[0])}", ct);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("ranked").GetBoolean();
    }

    private static async Task<(double PerSecond, double P50Ms, double P99Ms, int Requests, int Errors)> Cycle(
        HttpClient http, Func<string, string> url, BenchContext context)
    {
        foreach (var query in Queries)
            using (var warmUp = await http.GetAsync(url(query), context.Deadline)) warmUp.EnsureSuccessStatusCode();
        var times = new List<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < context.LoadFor || times.Count < Queries.Length * 5; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(url(Queries[i % Queries.Length]), HttpCompletionOption.ResponseContentRead, context.Deadline);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode) errors++;
        }
        return (times.Count / clock.Elapsed.TotalSeconds, Percentiles.Of(times, 50)!.Value, Percentiles.Of(times, 99)!.Value, times.Count, errors);
    }
}
