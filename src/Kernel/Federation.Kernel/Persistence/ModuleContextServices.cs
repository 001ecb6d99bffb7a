using Federation.Kernel.Identity;

namespace Federation.Kernel.Persistence;

/// <summary>What every module DbContext needs from the platform, given in one piece.</summary>
/// <param name="User">Who is acting, as the audit log records it.</param>
/// <param name="WriteGate">Serialises writes where the store needs it.</param>
/// <param name="OutboxSignal">Wakes the outbox dispatcher after a commit.</param>
public sealed record ModuleContextServices(ICurrentUser User, IWriteGate WriteGate, IOutboxSignal OutboxSignal)
{
    /// <summary>For design-time tools (migrations), where nothing is written through the app.</summary>
    public static ModuleContextServices DesignTime { get; } =
        new(SystemUser.Instance, new NoWriteGate(), new NoOutboxSignal());

    private sealed class NoWriteGate : IWriteGate
    {
        public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IDisposable>(new Released());

        private sealed class Released : IDisposable
        {
            public void Dispose() { }
        }
    }

    private sealed class NoOutboxSignal : IOutboxSignal
    {
        public void Notify() { }
    }
}

/// <summary>
/// Serialises writes where the store needs it: SQLite allows one writer, and letting writers
/// collide costs 150 ms busy-retries each. PostgreSQL's gate lets everyone through.
/// </summary>
public interface IWriteGate
{
    /// <summary>Waits for the gate; dispose the result to let the next writer in. <see cref="ModuleDbContext"/> does this around every save.</summary>
    ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken);
}

/// <summary>Wakes the outbox dispatcher right after a commit, so events leave at once rather than at the next poll.</summary>
public interface IOutboxSignal
{
    /// <summary>Tells the dispatcher that new outbox rows have been committed.</summary>
    void Notify();
}
