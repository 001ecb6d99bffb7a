using System.Diagnostics.Metrics;
using Federation.Kernel.Telemetry;

namespace Federation.Platform.Telemetry;

/// <summary>
/// The gauges of the <see cref="FederationMeter"/>, read from <see cref="StatusFigures"/> whenever
/// an exporter collects: outbox backlog and the age of its oldest event per module, imports running
/// and their rows done, and the database size. Created once at start-up.
/// </summary>
internal sealed class FederationInstruments
{
    public FederationInstruments(IMeterFactory meters, StatusFigures figures)
    {
        var meter = meters.Create(FederationMeter.Name);
        StatusSnapshot Read() => figures.Current(CancellationToken.None).GetAwaiter().GetResult();

        meter.CreateObservableGauge("federation.outbox.backlog",
            () => Read().Outboxes.Select(o => new Measurement<long>(o.Waiting, Module(o.Module))), "{event}",
            "Events waiting in each module's outbox");
        meter.CreateObservableGauge("federation.outbox.oldest_age", () =>
            {
                var now = Read();
                return now.Outboxes.Select(o => new Measurement<double>(o.OldestAge(now.AtUtc).TotalSeconds, Module(o.Module)));
            }, "s", "Seconds the oldest undelivered event of each module's outbox has waited");
        meter.CreateObservableGauge("federation.imports.running", () => (long)Read().Imports.Count, "{import}",
            "Ledger imports running on this host");
        meter.CreateObservableGauge("federation.imports.rows_done", () => (long)Read().Imports.Sum(i => i.Done), "{row}",
            "Rows the running imports have done");
        meter.CreateObservableGauge("federation.database.size", () => Read().DatabaseBytes is { } bytes
            ? [new Measurement<long>(bytes, new KeyValuePair<string, object?>("engine", Read().Engine))]
            : Array.Empty<Measurement<long>>(), "By", "Bytes the database takes");
    }

    private static KeyValuePair<string, object?> Module(string module) => new("module", module);
}
