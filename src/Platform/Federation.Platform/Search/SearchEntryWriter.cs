using Federation.Kernel.Messaging;
using Federation.Kernel.Search;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Search;

/// <summary>Keeps the search projection: the highest version of each record wins; the index follows the table.</summary>
internal sealed class SearchEntryWriter(PlatformDbContext db, SearchIndex index) : IIntegrationEventHandler<SearchEntryChanged>
{
    public async Task Handle(SearchEntryChanged changed, CancellationToken cancellationToken)
    {
        var entry = await db.SearchEntries.FirstOrDefaultAsync(e =>
            e.Module == changed.Module && e.RecordType == changed.RecordType && e.RecordId == changed.RecordId, cancellationToken);
        if (entry is not null && entry.Version >= changed.Version) return;
        if (entry is null)
        {
            entry = new SearchEntry { Module = changed.Module, RecordType = changed.RecordType, RecordId = changed.RecordId };
            db.SearchEntries.Add(entry);
        }
        // Wall-clock, not the application clock: it is a watermark between this handler and the index keeper.
        entry.Apply(changed, DateTime.UtcNow);
        index.Changed();
    }
}
