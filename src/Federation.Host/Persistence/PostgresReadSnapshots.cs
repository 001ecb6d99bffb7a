using System.Data;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Persistence;

/// <summary>
/// A REPEATABLE READ transaction: PostgreSQL takes its snapshot at the first query and every
/// later query in it sees the same committed state, without blocking writers.
/// </summary>
internal sealed class PostgresReadSnapshots : IReadSnapshots
{
    public async Task<IAsyncDisposable> BeginAsync(DbContext context, CancellationToken cancellationToken) =>
        await context.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
}
