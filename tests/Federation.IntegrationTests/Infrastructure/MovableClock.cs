namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// The host's clock, set and moved by a test. Only "now" moves: timers still run in real time,
/// so the outbox and other background work go on as usual while reminders see another day.
/// </summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private TimeSpan offset = start - TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;

    /// <summary>Sets the clock to <paramref name="chinaTime"/> (UTC+8).</summary>
    public void Set(DateTime chinaTime) => offset = new DateTimeOffset(chinaTime, TimeSpan.FromHours(8)) - TimeProvider.System.GetUtcNow();

    public static MovableClock AtChinaTime(DateTime chinaTime) => new(new DateTimeOffset(chinaTime, TimeSpan.FromHours(8)));
}
