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

    public Task Savepoint(string name, CancellationToken ct) => transaction.CreateSavepointAsync(name, ct);

    /// <summary>Undoes everything since the savepoint, including what the context still tracks.</summary>
    public async Task RollbackTo(string name, CancellationToken ct)
    {
        context.DiscardUnsaved();
        await transaction.RollbackToSavepointAsync(name, ct);
    }

    public Task Release(string name, CancellationToken ct) => transaction.ReleaseSavepointAsync(name, ct);

    public async Task Commit(CancellationToken ct)
    {
        await transaction.CommitAsync(ct);
        finished = true;
        signal.Notify();
    }

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
