using System.Globalization;
using System.Net;

namespace Federation.CrashTests.Workload;

/// <summary>
/// What one client's story about one record needs: the writes, the tally and the client's seeded
/// random choices. Dates run from late 2022 into 2024, so the scorecard's years cut through the load.
/// </summary>
internal sealed class StoryContext(TrackedWrites writes, RecordTally tally, Random random, CancellationToken stop)
{
    private static readonly DateOnly FirstPossibleDay = new(2022, 10, 1);

    public RecordTally Tally => tally;

    public Task<bool> Create(TrackedRecord record, string state, string path, object body) =>
        writes.Post(record, state, path, body, HttpStatusCode.Created, stop);

    public Task<bool> Step(TrackedRecord record, string state, string path, object body) =>
        writes.Post(record, state, path, body, HttpStatusCode.OK, stop);

    public bool Stopping => stop.IsCancellationRequested;

    public DateOnly FirstDay() => FirstPossibleDay.AddDays(random.Next(450));

    public DateOnly Later(DateOnly day) => day.AddDays(random.Next(0, 45));

    public T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public int Between(int from, int to) => random.Next(from, to);

    /// <summary>An amount in yuan with fen, so sums are checked to the fen.</summary>
    public decimal Amount(int maxYuan) => random.Next(1, maxYuan) + random.Next(100) / 100m;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
