using System.Globalization;
using System.Net.Http.Json;
using Federation.Benchmarks.Hosting;
using Federation.Benchmarks.Load;
using Federation.Benchmarks.Reporting;
using Federation.Benchmarks.Seeding;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// 3. How long a new project takes to reach the scorecard under a steady write load. The product's
/// span is read from its own rows afterwards: the KPI event's time in the Investment outbox (taken
/// in the write's SaveChanges, just before its commit) to the scorecard consumer's inbox row
/// (written in the transaction that stores the facts). The baseline measures the same span in
/// process: from before its insert to its projection's commit.
/// </summary>
internal static class PropagationComparison
{
    private const string KpiEvent = "Federation.Kernel.Kpis.KpiFactsChanged";
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan DrainWithin = TimeSpan.FromMinutes(2);

    public static async Task<ComparisonTable> Run(BenchContext context, double perSecond)
    {
        var table = new ComparisonTable(string.Create(CultureInfo.InvariantCulture,
            $"3. Propagation: commit to scorecard under {perSecond:N0} writes/s for {context.LoadFor.TotalSeconds:N0} s"));

        var productFolder = await context.EmptyCopy("propagation-product");
        List<double> product;
        (int Acknowledged, int Failed) productWrites;
        await using (var host = await context.StartHost(productFolder))
        {
            using var session = await context.SignIn(host);
            var url = new Uri(host.BaseAddress, "/api/investment/projects");
            var body = Body(session.OrganisationId);
            await SteadyWrites.Run(session.Http, url, body, perSecond, WarmUp, context.Deadline);
            var measuredFrom = DateTime.UtcNow;
            productWrites = await SteadyWrites.Run(session.Http, url, body, perSecond, context.LoadFor, context.Deadline);
            var probe = new StoreProbe(Path.Combine(productFolder, ProductDatabase.FileName));
            if (await probe.WaitForDrainedOutbox(DrainWithin, context.Deadline) is null)
                table.Problem($"the product's outbox still had unsent rows {DrainWithin.TotalMinutes:N0} minutes after the load");
            product = ProductDelays(probe, measuredFrom);
        }

        var baselineFolder = await context.EmptyCopy("propagation-baseline");
        var baselineDelays = new List<double>();
        (int Acknowledged, int Failed) baselineWrites;
        await using (var baseline = await context.StartBaseline(baselineFolder))
        {
            using var http = new HttpClient { BaseAddress = baseline.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var url = new Uri(baseline.BaseAddress, "/projects/projected");
            var body = Body(ProductDatabase.RootOrganisation(new StoreProbe(Path.Combine(baselineFolder, ProductDatabase.FileName))));
            await SteadyWrites.Run(http, url, body, perSecond, WarmUp, context.Deadline);
            await Task.Delay(500, context.Deadline);
            await http.GetFromJsonAsync<double[]>("/propagation", context.Deadline);
            baselineWrites = await SteadyWrites.Run(http, url, body, perSecond, context.LoadFor, context.Deadline);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (baselineDelays.Count < baselineWrites.Acknowledged && waited.Elapsed < DrainWithin)
            {
                baselineDelays.AddRange(await http.GetFromJsonAsync<double[]>("/propagation", context.Deadline) ?? []);
                await Task.Delay(100, context.Deadline);
            }
        }

        table.Row("p50 delay ms", Percentiles.Of(product, 50), Percentiles.Of(baselineDelays, 50), "N1")
            .Row("p99 delay ms", Percentiles.Of(product, 99), Percentiles.Of(baselineDelays, 99), "N1")
            .Row("max delay ms", product.DefaultIfEmpty().Max(), baselineDelays.DefaultIfEmpty().Max(), "N1")
            .Row("writes measured", product.Count, baselineDelays.Count, "N0");
        if (productWrites.Failed + baselineWrites.Failed > 0)
            table.Problem($"failed writes: product {productWrites.Failed}, baseline {baselineWrites.Failed}");
        if (product.Count != productWrites.Acknowledged)
            table.Problem($"{productWrites.Acknowledged} writes acknowledged but {product.Count} reached the scorecard");
        table.Note("The product's path: outbox row → dispatcher (rung at commit, 5 s poll as a fallback) claims up to 100 rows → each handler (audit log, enterprise timeline, scorecard facts) takes its share of them in one transaction behind its inbox → facts. The baseline hands the project over in memory and writes the facts at once.");
        return table;
    }

    private static Func<int, string> Body(Guid organisation)
    {
        var template = WriteComparison.Body(organisation);
        var run = Guid.NewGuid().ToString("N")[..8];
        return i => template.Replace("%d-%d", $"{run}-{i}");
    }

    private static List<double> ProductDelays(StoreProbe probe, DateTime measuredFrom)
    {
        using var connection = probe.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT o.OccurredAtUtc, i.ProcessedAtUtc
            FROM inv_outbox AS o JOIN sc_inbox AS i ON i.EventId = o.EventId
            WHERE o.Type = $type AND o.OccurredAtUtc >= $from
            """;
        command.Parameters.AddWithValue("$type", KpiEvent);
        command.Parameters.AddWithValue("$from", StoredValues.Time(measuredFrom));
        var delays = new List<double>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            delays.Add((StoredValues.ParseTime(reader.GetString(1)) - StoredValues.ParseTime(reader.GetString(0))).TotalMilliseconds);
        return delays;
    }
}
