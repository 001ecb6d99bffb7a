using System.Globalization;

namespace Federation.CrashTests;

/// <summary>
/// How long the crash cycles run. The defaults are the short run CI can afford; the long run sets
/// them from the environment (<c>build/crash-cycles.sh</c>, <c>docs/reliability/crash-cycles.md</c>).
/// </summary>
internal sealed record CrashCycleSettings(int Cycles, TimeSpan? Budget, int Clients, int Seed, bool SeedGiven)
{
    public const string CyclesVariable = "FEDERATION_CRASH_CYCLES";
    public const string MinutesVariable = "FEDERATION_CRASH_MINUTES";
    public const string ClientsVariable = "FEDERATION_CRASH_CLIENTS";
    public const string SeedVariable = "FEDERATION_CRASH_SEED";

    private const int ShortRunCycles = 4;
    private const int DefaultClients = 4;

    public static CrashCycleSettings FromEnvironment()
    {
        var minutes = Number(MinutesVariable);
        var seed = Number(SeedVariable);
        return new CrashCycleSettings(
            Number(CyclesVariable) ?? ShortRunCycles,
            minutes is null ? null : TimeSpan.FromMinutes(minutes.Value),
            Number(ClientsVariable) ?? DefaultClients,
            seed ?? Environment.TickCount,
            seed is not null);
    }

    /// <summary>Whether another cycle may start: the cycles are not done and the time budget, if any, is not spent.</summary>
    public bool AnotherCycle(int cycle, TimeSpan elapsed) => cycle <= Cycles && (Budget is null || elapsed < Budget);

    private static int? Number(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidOperationException($"{variable} must be a positive whole number, not '{text}'.");
    }
}
