using System.Diagnostics.Metrics;
using Federation.Kernel.Telemetry;

namespace Federation.Platform.Telemetry;

/// <summary>
/// The gauges of the <see cref="FederationMeter"/>, read from <see cref="StatusFigures.Latest"/>
/// whenever an exporter collects: outbox backlog and the age of its oldest event per module, imports running
/// and their rows done, and the database size. Created once at start-up.
/// </summary>
internal sealed class FederationInstruments
{
    public FederationInstruments(IMeterFactory meters, StatusFigures figures)
    {
        var meter = meters.Create(FederationMeter.Name);
        meter.CreateObservableGauge("federation.outbox.backlog",
            () => Each(figures, now => now.Outboxes.Select(o => new Measurement<long>(o.Waiting, Module(o.Module)))), "{event}",
            "Events waiting in each module's outbox");
        meter.CreateObservableGauge("federation.outbox.oldest_age",
            () => Each(figures, now => now.Outboxes.Select(o => new Measurement<double>(o.OldestAge(now.AtUtc).TotalSeconds, Module(o.Module)))),
            "s", "Seconds the oldest undelivered event of each module's outbox has waited");
        meter.CreateObservableGauge("federation.imports.running",
            () => Each<long>(figures, now => [new Measurement<long>(now.Imports.Count)]), "{import}", "Ledger imports running on this host");
        meter.CreateObservableGauge("federation.imports.rows_done",
            () => Each<long>(figures, now => [new Measurement<long>(now.Imports.Sum(i => i.Done))]), "{row}", "Rows the running imports have done");
        meter.CreateObservableGauge("federation.database.size",
            () => Each<long>(figures, now => now.DatabaseBytes is { } bytes ? [new Measurement<long>(bytes, new KeyValuePair<string, object?>("engine", now.Engine))] : []),
            "By", "Bytes the database takes");
    }

    // Nothing is reported before the figures have been read once.
    private static IEnumerable<Measurement<T>> Each<T>(StatusFigures figures, Func<StatusSnapshot, IEnumerable<Measurement<T>>> measure)
        where T : struct => figures.Latest is { } now ? measure(now) : [];

    private static KeyValuePair<string, object?> Module(string module) => new("module", module);
}
