using Federation.Benchmarks.Hosting;
using Federation.Benchmarks.Load;
using Federation.Benchmarks.Reporting;
using Federation.Benchmarks.Seeding;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// 2. Creating projects: the product's POST /api/investment/projects (validation, the project and its
/// stage, the audit record and the events in the outbox in one transaction, then the dispatcher
/// delivering them to the audit log and the scorecard) against the baseline's plain INSERTs of the
/// same project and stage rows. Each on its own copy of the empty database.
/// </summary>
internal static class WriteComparison
{
    private static readonly TimeSpan DrainWithin = TimeSpan.FromMinutes(3);

    public static async Task<ComparisonTable> Run(BenchContext context)
    {
        var table = new ComparisonTable($"2. Write: creating projects (wrk POST, 2 threads, 8 connections, {context.LoadFor.TotalSeconds:N0} s each)");

        var productFolder = await context.EmptyCopy("writes-product");
        WrkResult product;
        TimeSpan? drained;
        long productRows;
        await using (var host = await context.StartHost(productFolder))
        {
            using var session = await context.SignIn(host);
            var script = PostScript.Write(Path.Combine(productFolder, "post.lua"), Body(session.OrganisationId));
            product = await Measure(new Uri(host.BaseAddress, "/api/investment/projects"), [session.CookieHeader], script, context);
            var probe = new StoreProbe(Path.Combine(productFolder, ProductDatabase.FileName));
            drained = await probe.WaitForDrainedOutbox(DrainWithin, context.Deadline);
            productRows = probe.Count("SELECT COUNT(*) FROM inv_projects");
        }

        var baselineFolder = await context.EmptyCopy("writes-baseline");
        WrkResult bare;
        await using (var baseline = await context.StartBaseline(baselineFolder))
        {
            var organisation = new StoreProbe(Path.Combine(baselineFolder, ProductDatabase.FileName));
            var script = PostScript.Write(Path.Combine(baselineFolder, "post.lua"), Body(ProductDatabase.RootOrganisation(organisation)));
            bare = await Measure(new Uri(baseline.BaseAddress, "/projects"), [], script, context);
        }

        table.Row("writes/s", product.RequestsPerSecond, bare.RequestsPerSecond, "N0")
            .Row("p50 latency ms", product.P50Ms, bare.P50Ms, "N2")
            .Row("p99 latency ms", product.P99Ms, bare.P99Ms, "N2")
            .Row("projects written (warm-up included)", productRows, null, "N0");
        if (product.Errors + bare.Errors > 0) table.Problem($"errors: product {product.Errors}, baseline {bare.Errors} (non-2xx or socket)");
        if (drained is { } d)
            table.Note($"The product's outbox (audit, stage and KPI events of every write) was fully delivered {d.TotalSeconds:N1} s after the load ended.");
        else
            table.Problem($"the product's outbox still had unsent rows {DrainWithin.TotalMinutes:N0} minutes after the load");
        return table;
    }

    /// <summary>The product's request body; the baseline reads the same fields of it. Two %d: the wrk thread and the request number.</summary>
    public static string Body(Guid organisation) =>
        $$"""{"name":"压测项目%d-%d","investorName":"压测集团有限公司","investorCountryOrRegion":"SG","industry":"先进制造","amountYuan":2500000,"town":"石岐","stage":"signed","stageDate":"2025-03-15","organisationId":"{{organisation}}"}""";

    private static async Task<WrkResult> Measure(Uri url, List<string> headers, string script, BenchContext context)
    {
        headers.Add("Content-Type: application/json");
        await Wrk.Run(new WrkRun(url, TimeSpan.FromSeconds(3), 2, 8, headers, script), context.Deadline);
        var result = await Wrk.Run(new WrkRun(url, context.LoadFor, 2, 8, headers, script), context.Deadline);
        BenchContext.Progress($"POST {url.AbsolutePath}: {result.RequestsPerSecond:N0} writes/s, p50 {result.P50Ms:N2} ms, p99 {result.P99Ms:N2} ms, {result.Errors} errors");
        return result;
    }
}
