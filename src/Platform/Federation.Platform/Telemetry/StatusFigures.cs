using System.Diagnostics;
using System.Reflection;
using Federation.Kernel.Messaging;
using Federation.Kernel.Telemetry;
using Federation.Platform.Imports;
using Microsoft.Extensions.Configuration;

namespace Federation.Platform.Telemetry;

/// <summary>
/// The figures /metrics and the 运行状态 page show, read together. What needs the database (the
/// outboxes, its size) is kept for a few seconds, so several scrapers and readers cost one round
/// of queries; what lives in memory is read fresh.
/// </summary>
internal sealed class StatusFigures(IOutboxBacklog backlog, StoreSize store, ConsumerLag lag, ImportProgress imports,
    ReminderRounds reminders, IConfiguration configuration, TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim measuring = new(1, 1);
    private StoredFigures? stored;

    public async Task<StatusSnapshot> Current(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var figures = stored;
        if (figures is null || now - figures.AtUtc > Kept || now < figures.AtUtc)
        {
            await measuring.WaitAsync(cancellationToken);
            try
            {
                figures = stored;
                if (figures is null || now - figures.AtUtc > Kept || now < figures.AtUtc)
                {
                    var (engine, bytes) = await store.Measure(cancellationToken);
                    stored = figures = new StoredFigures(now, await backlog.Measure(cancellationToken), engine, bytes);
                }
            }
            finally
            {
                measuring.Release();
            }
        }
        return Snapshot(figures, now);
    }

    /// <summary>
    /// The figures as last read, for the gauges, whose callbacks cannot wait for the database: a scrape
    /// reads them afresh first (<see cref="MetricsEndpoint"/>), OTLP export every <see cref="StatusRefresh.Every"/>.
    /// Null before the first reading.
    /// </summary>
    public StatusSnapshot? Latest => stored is { } figures ? Snapshot(figures, clock.GetUtcNow().UtcDateTime) : null;

    private StatusSnapshot Snapshot(StoredFigures figures, DateTime now) =>
        new(now, figures.Outboxes, lag.Latest, imports.Running(), reminders.Count, reminders.LastUtc,
            figures.Engine, figures.DatabaseBytes, Transport, Version, Uptime);

    private string Transport => string.Equals(configuration["Messaging:Transport"], "RabbitMq", StringComparison.OrdinalIgnoreCase) ? "RabbitMQ" : "";

    private static string Version { get; } = typeof(StatusFigures).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(StatusFigures).Assembly.GetName().Version?.ToString() ?? "";

    // The process's own age on the machine's clock: a test clock moved ahead must not make the host look older.
    private static TimeSpan Uptime => DateTime.Now - Process.GetCurrentProcess().StartTime;

    private sealed record StoredFigures(DateTime AtUtc, IReadOnlyList<OutboxWaiting> Outboxes, string Engine, long? DatabaseBytes);
}

/// <summary>One reading of the figures; <see cref="Transport"/> is "" for delivery inside the process.</summary>
internal sealed record StatusSnapshot(
    DateTime AtUtc,
    IReadOnlyList<OutboxWaiting> Outboxes,
    IReadOnlyDictionary<string, (TimeSpan Lag, DateTime AtUtc)> ConsumerLag,
    IReadOnlyList<(int Done, int Total)> Imports,
    long ReminderRounds,
    DateTime? LastReminderRoundUtc,
    string Engine,
    long? DatabaseBytes,
    string Transport,
    string Version,
    TimeSpan Uptime);
