namespace Federation.CrashTests.Workload;

/// <summary>
/// Clients that write across all four work lines as fast as the host answers, until the host dies
/// under them or the cycle ends. Each client drives the records it created and nobody else's, so
/// a stale version is never the reason a write is refused.
/// </summary>
internal sealed class MixedWriters : IDisposable
{
    private static readonly Func<StoryContext, Task>[] Stories = [InvestmentStory.Run, TalentStory.Run, EnterpriseStory.Run, TradeStory.Run];

    private readonly HttpClient http;
    private readonly TaskCompletionSource firstAcknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MixedWriters(HttpClient http) => this.http = http;

    public static async Task<MixedWriters> SignIn(Uri host, string adminPassword) => new(await AdminSession.SignIn(host, adminPassword));

    /// <summary>Completes when the host has confirmed a first write, so a kill is not timed from a host still warming up.</summary>
    public Task FirstAcknowledged => firstAcknowledged.Task;

    public Task Run(int clients, RecordTally tally, int seed, CancellationToken stop)
    {
        var writes = new TrackedWrites(http, tally, () => firstAcknowledged.TrySetResult());
        return Task.WhenAll(Enumerable.Range(0, clients).Select(i =>
            Task.Run(() => Client(new StoryContext(writes, tally, new Random(seed + i), stop), i % Stories.Length, new Random(seed - i), stop))));
    }

    public void Dispose() => http.Dispose();

    private static async Task Client(StoryContext story, int first, Random choice, CancellationToken stop)
    {
        try
        {
            // Each client starts on a different work line, so even a short cycle writes to all four.
            for (var next = first; !stop.IsCancellationRequested; next = choice.Next(Stories.Length))
                await Stories[next](story);
        }
        catch (Exception cut) when (cut is HttpRequestException or IOException or OperationCanceledException)
        {
            // The host was killed under this request, or the cycle ended: its outcome is unknown, which is allowed.
        }
    }
}
