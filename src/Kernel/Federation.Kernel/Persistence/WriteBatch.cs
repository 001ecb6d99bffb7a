using Microsoft.EntityFrameworkCore.Storage;

namespace Federation.Kernel.Persistence;

/// <summary>
/// An open transaction of a module context that holds the write gate (see
/// <see cref="ModuleDbContext.BeginWriteBatch"/>). Savepoints let one step fail without
/// undoing the steps before it.
/// </summary>
public sealed class WriteBatch : IAsyncDisposable
{
    private readonly ModuleDbContext context;
    private readonly IDbContextTransaction transaction;
    private readonly Action releaseGate;
    private readonly IOutboxSignal signal;
    private bool finished;

    internal WriteBatch(ModuleDbContext context, IDbContextTransaction transaction, Action releaseGate, IOutboxSignal signal)
    {
        this.context = context;
        this.transaction = transaction;
        this.releaseGate = releaseGate;
        this.signal = signal;
    }

    /// <summary>Marks a point to roll back to before a step that may fail (one import row).</summary>
    public Task Savepoint(string name, CancellationToken ct) => transaction.CreateSavepointAsync(name, ct);

    /// <summary>Undoes everything since the savepoint, including what the context still tracks.</summary>
    public async Task RollbackTo(string name, CancellationToken ct)
    {
        context.DiscardUnsaved();
        await transaction.RollbackToSavepointAsync(name, ct);
    }

    /// <summary>Drops a savepoint once its step has succeeded.</summary>
    public Task Release(string name, CancellationToken ct) => transaction.ReleaseSavepointAsync(name, ct);

    /// <summary>Commits every save of the batch, so others see it, and wakes the outbox dispatcher; disposing then releases the gate.</summary>
    public async Task Commit(CancellationToken ct)
    {
        await transaction.CommitAsync(ct);
        finished = true;
        signal.Notify();
    }

    /// <summary>Rolls back unless committed, forgets unsaved changes and releases the write gate.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!finished) await transaction.RollbackAsync();
            await transaction.DisposeAsync();
        }
        finally
        {
            context.DiscardUnsaved();
            releaseGate();
        }
    }
}
