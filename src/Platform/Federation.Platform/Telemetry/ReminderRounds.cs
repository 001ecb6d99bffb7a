using System.Diagnostics.Metrics;
using Federation.Kernel.Telemetry;

namespace Federation.Platform.Telemetry;

/// <summary>The reminder rounds this host has run (<c>federation.reminders.rounds</c>, by outcome), and when the last one ended.</summary>
internal sealed class ReminderRounds
{
    private readonly Counter<long> rounds;
    private long count;
    private long lastTicks;

    private readonly TimeProvider clock;

    public ReminderRounds(IMeterFactory meters, TimeProvider clock)
    {
        this.clock = clock;
        rounds = meters.Create(FederationMeter.Name).CreateCounter<long>("federation.reminders.rounds", "{round}", "Reminder rounds run by this host");
    }

    public void Ran(bool sweepSucceeded)
    {
        var atUtc = clock.GetUtcNow().UtcDateTime;
        rounds.Add(1, new KeyValuePair<string, object?>("outcome", sweepSucceeded ? "done" : "sweep-failed"));
        Interlocked.Increment(ref count);
        Interlocked.Exchange(ref lastTicks, atUtc.Ticks);
    }

    public long Count => Interlocked.Read(ref count);

    public DateTime? LastUtc => Interlocked.Read(ref lastTicks) is var ticks and > 0 ? new DateTime(ticks, DateTimeKind.Utc) : null;
}
