using System.Text.Json;
using Federation.Benchmarks.Load;
using Federation.Benchmarks.Reporting;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// 1. The project ledger's list (50 rows filtered by stage and town, with the count and the amount of
/// every matching row) over 100,000 projects, driven by wrk, against the baseline running the same
/// SQL on the same SQLite file.
/// </summary>
internal static class ReadComparison
{
    public const int Projects = 100_000;
    private const string Town = "石岐";

    public static string ProductPath => $"/api/investment/projects?stage=signed&town={Uri.EscapeDataString(Town)}&pageSize=50";

    public static string BaselinePath => $"/ledger?stage=Signed&town={Uri.EscapeDataString(Town)}&pageSize=50";

    public static async Task<ComparisonTable> Run(BenchContext context)
    {
        var table = new ComparisonTable($"1. Read: the project ledger's list over {Projects:N0} projects (wrk, 2 threads, 16 connections, {context.LoadFor.TotalSeconds:N0} s each)");
        var folder = await context.Seeded(Projects);
        await using var host = await context.StartHost(folder);
        await using var baseline = await context.StartBaseline(folder);
        using var session = await context.SignIn(host);
        var productUrl = new Uri(host.BaseAddress, ProductPath);
        var baselineUrl = new Uri(baseline.BaseAddress, BaselinePath);

        var productTotal = await Total(session.Http, productUrl, context.Deadline);
        using (var plain = new HttpClient())
        {
            var baselineTotal = await Total(plain, baselineUrl, context.Deadline);
            if (productTotal != baselineTotal) table.Problem($"the two disagree: the product counts {productTotal}, the baseline {baselineTotal}");
            else table.Note($"Both count {productTotal.Rows:N0} matching projects worth {productTotal.Amount:N0} 元 and send 50 of them.");
        }

        var product = await Measure(productUrl, [session.CookieHeader], context);
        var bare = await Measure(baselineUrl, [], context);
        table.Row("requests/s", product.RequestsPerSecond, bare.RequestsPerSecond, "N0")
            .Row("p50 latency ms", product.P50Ms, bare.P50Ms, "N2")
            .Row("p99 latency ms", product.P99Ms, bare.P99Ms, "N2")
            .Row("requests answered", product.Requests, bare.Requests, "N0");
        if (product.Requests == 0 || bare.Requests == 0) table.Problem("a side answered no request within the run");
        if (product.Errors + bare.Errors > 0) table.Problem($"errors: product {product.Errors}, baseline {bare.Errors} (non-2xx or socket)");
        table.Note("The product signs the request in by its session cookie (re-checked against the user on every request), checks the permission, runs the list through EF Core and writes the page as JSON; the baseline only runs the SQL and writes the JSON.");
        return table;
    }

    /// <summary>A short unmeasured run first, so JIT compilation and cold caches are not charged to the measured one.</summary>
    public static async Task<WrkResult> Measure(Uri url, IReadOnlyList<string> headers, BenchContext context, int connections = 16, int threads = 2)
    {
        await Wrk.Run(new WrkRun(url, TimeSpan.FromSeconds(3), threads, connections, headers), context.Deadline);
        var result = await Wrk.Run(new WrkRun(url, context.LoadFor, threads, connections, headers), context.Deadline);
        BenchContext.Progress($"{url.AbsolutePath}: {result.RequestsPerSecond:N0} req/s, p50 {result.P50Ms:N2} ms, p99 {result.P99Ms:N2} ms, {result.Errors} errors");
        return result;
    }

    private static async Task<(int Rows, decimal Amount)> Total(HttpClient http, Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {text}");
        var page = JsonDocument.Parse(text).RootElement;
        return (page.GetProperty("total").GetInt32(), page.GetProperty("totalAmountYuan").GetDecimal());
    }
}
