using Federation.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Kernel.Persistence;

/// <summary>
/// A read that runs several queries and must see one state of the data (a scorecard's totals,
/// breakdowns and medians), even while events keep arriving. The host knows how its store does it.
/// </summary>
[Port]
public interface IReadSnapshots
{
    /// <summary>Until disposed, every query of <paramref name="context"/> reads the same committed state.</summary>
    Task<IAsyncDisposable> BeginAsync(DbContext context, CancellationToken cancellationToken);
}
