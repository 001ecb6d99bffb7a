using System.Diagnostics;

namespace Federation.CrashTests.Store;

/// <summary>Watches the outboxes of a running host from beside it: until they drain, or until a consumer's redelivery window opens.</summary>
internal static class OutboxProbe
{
    /// <summary>The unsent outbox rows left once they reach zero or <paramref name="within"/> has passed.</summary>
    public static async Task<long> UnsentAfterDraining(string database, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        long unsent;
        while ((unsent = StoreSnapshot.UnsentOutboxRows(database)) > 0 && waited.Elapsed < within)
            await Task.Delay(100);
        return unsent;
    }

    /// <summary>
    /// Waits up to <paramref name="within"/> for <paramref name="consumer"/> to have processed an event
    /// the dispatcher has not yet marked sent: a kill then leaves a redelivery for the inbox to absorb.
    /// </summary>
    public static async Task<bool> RedeliveryWindowSeen(string database, string consumer, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < within)
        {
            if (StoreSnapshot.HasDeliveredButUnmarkedEvents(database, consumer)) return true;
            await Task.Delay(5);
        }
        return false;
    }

    public static string Describe(IEnumerable<OutboxRow> rows) =>
        string.Join("; ", rows.Take(10).Select(o => $"{o.Table} #{o.Id} {o.Type} attempts {o.Attempts}: {o.LastError}"));
}
