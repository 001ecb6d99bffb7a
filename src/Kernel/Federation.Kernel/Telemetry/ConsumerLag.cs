using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Federation.Kernel.Telemetry;

/// <summary>
/// How long events took from happening to being processed by each module's handlers: the lag of the
/// consumers behind the work lines, measured where the inbox records an event, whatever the transport.
/// Recorded as the histogram <c>federation.consumer.lag</c> and kept per module for the 运行状态 page.
/// </summary>
public sealed class ConsumerLag
{
    private readonly Histogram<double> lag;
    private readonly ConcurrentDictionary<string, (TimeSpan Lag, DateTime AtUtc)> latest = new(StringComparer.Ordinal);

    /// <summary>Creates the histogram on the host's <see cref="FederationMeter"/>.</summary>
    public ConsumerLag(IMeterFactory meters) =>
        lag = meters.Create(FederationMeter.Name).CreateHistogram<double>("federation.consumer.lag", "s",
            "Seconds from an event happening to a module's handler processing it");

    /// <summary>Records that <paramref name="module"/>'s handler processed an event that happened at <paramref name="occurredAtUtc"/>.</summary>
    public void Processed(string module, DateTime occurredAtUtc, DateTime nowUtc)
    {
        var waited = nowUtc > occurredAtUtc ? nowUtc - occurredAtUtc : TimeSpan.Zero;
        lag.Record(waited.TotalSeconds, new KeyValuePair<string, object?>("module", module));
        latest[module] = (waited, nowUtc);
    }

    /// <summary>The lag of the last event each module processed since the host started, and when.</summary>
    public IReadOnlyDictionary<string, (TimeSpan Lag, DateTime AtUtc)> Latest => latest;
}
