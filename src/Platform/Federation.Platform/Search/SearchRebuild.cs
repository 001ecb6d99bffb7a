using Federation.Kernel.Messaging;
using Federation.Kernel.Search;
using Federation.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Search;

/// <summary>
/// Throws the projection away with the search handler's inbox rows (the platform's other handlers
/// keep theirs), then derives it again from the modules alone: the event history replayed, and
/// every searchable record described anew by its own module, for records saved before search
/// existed. Events arriving meanwhile are safe: an entry keeps the highest version it sees.
/// </summary>
internal sealed class SearchRebuild(PlatformDbContext db, SearchIndex index, IEventHistory history, ISearchableRecords records)
{
    internal sealed record Result(int EventsReplayed, int RecordsDescribed, int Entries);

    public async Task<Ok<Result>> Run(CancellationToken ct)
    {
        var consumer = MessagingNameAttribute.Of(typeof(SearchEntryWriter));
        await db.InBulkTransaction(async token =>
        {
            await db.SearchEntries.ExecuteDeleteAsync(token);
            await db.InboxMessages.Where(m => m.Consumer == consumer).ExecuteDeleteAsync(token);
        }, ct);
        index.Clear();

        var replayed = await history.Replay(ct);
        var described = await records.Republish(ct);
        return TypedResults.Ok(new Result(replayed, described, await db.SearchEntries.CountAsync(e => !e.Removed, ct)));
    }
}
