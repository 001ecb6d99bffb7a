using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Federation.Benchmarks.Seeding;

namespace Federation.Benchmarks.Baseline;

/// <summary>
/// The least a projection can do: the write hands its project over in memory after commit, and one
/// reader turns it into the scorecard's record and facts at once, in a transaction of its own. No
/// outbox row, no polling, no inbox, no serialisation. The delay is from before the write's
/// transaction to the projection's commit, the same span the product's timestamps cover.
/// </summary>
internal sealed class BaselineProjection(BaselineStore store)
{
    private readonly Channel<(SeedProject Project, long Started)> pending = Channel.CreateUnbounded<(SeedProject, long)>();
    private readonly ConcurrentQueue<double> delaysMs = new();

    public void Enqueue(SeedProject project, long started) => pending.Writer.TryWrite((project, started));

    public double[] TakeDelaysMs()
    {
        var taken = new List<double>();
        while (delaysMs.TryDequeue(out var delay)) taken.Add(delay);
        return [.. taken];
    }

    public async Task Run(CancellationToken stop)
    {
        try
        {
            await foreach (var (project, started) in pending.Reader.ReadAllAsync(stop))
            {
                await Project(project, stop);
                delaysMs.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
    }

    private Task Project(SeedProject project, CancellationToken ct) =>
        store.Write(command =>
        {
            command.CommandText = "INSERT INTO sc_kpi_records (Id, WorkLine, RecordType, OrganisationId, Version) VALUES ($id, 'Investment', 'Project', $org, 1);";
            var facts = project.Facts().ToList();
            for (var i = 0; i < facts.Count; i++)
            {
                command.CommandText += $"""
                    INSERT INTO sc_kpi_facts (RecordId, KpiKey, "On", Month, ValueHundredths, OutOfHundredths, OrganisationId, WorkLine, Town, CountryOrRegion)
                    VALUES ($id, $key{i}, $on, $month, $value{i}, $outOf{i}, $org, 'Investment', $town, $country);
                    """;
                command.Parameters.AddWithValue($"$key{i}", facts[i].Key);
                command.Parameters.AddWithValue($"$value{i}", facts[i].Value);
                command.Parameters.AddWithValue($"$outOf{i}", facts[i].OutOf);
            }
            command.Parameters.AddWithValue("$id", StoredValues.Id(project.Id));
            command.Parameters.AddWithValue("$org", StoredValues.Id(project.OrganisationId));
            command.Parameters.AddWithValue("$on", StoredValues.Date(project.SignedOn));
            command.Parameters.AddWithValue("$month", project.SignedOn.Year * 100 + project.SignedOn.Month);
            command.Parameters.AddWithValue("$town", project.Town);
            command.Parameters.AddWithValue("$country", (object?)project.CountryOrRegion ?? DBNull.Value);
        }, ct);
}
