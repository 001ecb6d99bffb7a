using Federation.Kernel.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Persistence;

/// <summary>
/// A deferred SQLite transaction: in WAL mode it reads the snapshot taken at its first query and
/// takes no write lock, so it neither waits for nor blocks the writer.
/// </summary>
internal sealed class SqliteReadSnapshots : IReadSnapshots
{
    public async Task<IAsyncDisposable> BeginAsync(DbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)context.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await context.Database.UseTransactionAsync(transaction, cancellationToken);
        return new Snapshot(context, transaction);
    }

    private sealed class Snapshot(DbContext context, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await context.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await context.Database.CloseConnectionAsync();
        }
    }
}
