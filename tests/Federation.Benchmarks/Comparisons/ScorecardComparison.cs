using System.Text.Json;
using Federation.Benchmarks.Load;
using Federation.Benchmarks.Reporting;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// 4. One year's scorecard (every KPI with its breakdowns) over 1,000,002 recorded facts across ten
/// years, against the baseline computing the year's Investment figures and breakdowns from the
/// ledger's own rows (projects and their stages) on the same file. One connection each: the time a
/// reader waits for the dashboard. Then the product alone on databases of other sizes (<c>--facts</c>),
/// so how the dashboard's cost grows with the facts is in the same table.
/// </summary>
internal static class ScorecardComparison
{
    public const int Projects = 333_334;
    private const int Year = 2021;

    public static async Task<ComparisonTable> Run(BenchContext context, IReadOnlyList<int> scaling)
    {
        var table = new ComparisonTable($"4. Scorecard: the {Year} dashboard over {Projects * 3:N0} facts (one reader, {context.LoadFor.TotalSeconds:N0} s and at least 5 reads each)");
        var folder = await context.Seeded(Projects);
        await using var host = await context.StartHost(folder);
        await using var baseline = await context.StartBaseline(folder);
        using var session = await context.SignIn(host);
        var productUrl = new Uri(host.BaseAddress, $"/api/scorecard/{Year}");
        var baselineUrl = new Uri(baseline.BaseAddress, $"/scorecard/{Year}");

        using var plain = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var (signed, amount) = await ProductFigures(session.Http, productUrl, context.Deadline);
        var (bareSigned, bareAmount) = await BaselineFigures(plain, baselineUrl, context.Deadline);
        if ((signed, amount) != (bareSigned, bareAmount))
            table.Problem($"the two disagree: scorecard {signed} projects, {amount:N2} 元; source rows {bareSigned} projects, {bareAmount:N2} 元");
        else table.Note($"Both find {signed:N0} projects signed in {Year} worth {amount:N0} 元.");

        var product = await SequentialReads.Measure(session.Http, productUrl, context.LoadFor, context.Deadline);
        var bare = await SequentialReads.Measure(plain, baselineUrl, context.LoadFor, context.Deadline);
        BenchContext.Progress($"scorecard: product p50 {product.P50Ms:N0} ms over {product.Requests} reads, baseline p50 {bare.P50Ms:N0} ms over {bare.Requests}");
        table.Row("dashboards/s", product.PerSecond, bare.PerSecond, "N2")
            .Row("p50 latency ms", product.P50Ms, bare.P50Ms, "N1")
            .Row("p99 latency ms (the slowest, when fewer than 100 reads)", product.P99Ms, bare.P99Ms, "N1")
            .Row("reads", product.Requests, bare.Requests, "N0");
        if (product.Errors + bare.Errors > 0) table.Problem($"errors: product {product.Errors}, baseline {bare.Errors} (non-2xx or socket)");
        foreach (var facts in scaling)
        {
            var scaled = facts / 3 == Projects ? product : await ProductAlone(context, facts / 3);
            table.Row($"p50 latency ms at {facts / 3 * 3:N0} facts (product alone)", scaled.P50Ms, null, "N1");
        }
        table.Note("The product answers every work line's KPIs (the other lines have no facts here) with breakdowns by month, town, country or region, work line, organisation and programme, plus programme targets; the baseline answers the three Investment KPIs the facts come from, by month, town, country or region, organisation and programme.");
        return table;
    }

    /// <summary>The product's dashboard on a database of <paramref name="projects"/> projects (three facts each), for a third of the load time.</summary>
    private static async Task<SequentialResult> ProductAlone(BenchContext context, int projects)
    {
        var folder = await context.Seeded(projects);
        await using var host = await context.StartHost(folder);
        using var session = await context.SignIn(host);
        var result = await SequentialReads.Measure(session.Http, new Uri(host.BaseAddress, $"/api/scorecard/{Year}"), context.LoadFor / 3, context.Deadline);
        BenchContext.Progress($"scorecard at {projects * 3:N0} facts: p50 {result.P50Ms:N0} ms over {result.Requests} reads");
        return result;
    }

    private static async Task<(int Signed, decimal Amount)> ProductFigures(HttpClient http, Uri url, CancellationToken ct)
    {
        var kpis = (await Json(http, url, ct)).GetProperty("kpis").EnumerateArray().ToList();
        decimal Value(string key) => kpis.Single(k => k.GetProperty("key").GetString() == key).GetProperty("value").GetDecimal();
        return ((int)Value("investment.projects-signed"), Value("investment.signed-amount"));
    }

    private static async Task<(int Signed, decimal Amount)> BaselineFigures(HttpClient http, Uri url, CancellationToken ct)
    {
        var total = (await Json(http, url, ct)).GetProperty("total")[0];
        return (total.GetProperty("projectsSigned").GetInt32(), total.GetProperty("signedAmountYuan").GetDecimal());
    }

    private static async Task<JsonElement> Json(HttpClient http, Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
