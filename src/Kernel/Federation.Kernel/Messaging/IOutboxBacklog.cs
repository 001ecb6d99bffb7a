using Federation.Kernel.Modules;

namespace Federation.Kernel.Messaging;

/// <summary>
/// What waits in every running module's outbox: the readiness check, the metrics and the 运行状态
/// page read the same figures. Answered by the host, which knows the modules' contexts.
/// </summary>
[Port]
public interface IOutboxBacklog
{
    /// <summary>One entry per module in service, the platform's first.</summary>
    Task<IReadOnlyList<OutboxWaiting>> Measure(CancellationToken cancellationToken);
}

/// <summary>One module's outbox.</summary>
/// <param name="Module">The module's name, e.g. "Investment".</param>
/// <param name="Waiting">How many events are not yet delivered.</param>
/// <param name="OldestUtc">When the oldest of them happened; null when none waits.</param>
public sealed record OutboxWaiting(string Module, int Waiting, DateTime? OldestUtc)
{
    /// <summary>How long the oldest event has waited at <paramref name="nowUtc"/>; zero when none waits (or its clock ran ahead).</summary>
    public TimeSpan OldestAge(DateTime nowUtc) =>
        OldestUtc is { } oldest && nowUtc > oldest ? nowUtc - oldest : TimeSpan.Zero;
}
