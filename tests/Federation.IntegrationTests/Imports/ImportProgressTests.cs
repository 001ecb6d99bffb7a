using Federation.Platform.Imports;

namespace Federation.IntegrationTests.Imports;

/// <summary>A running import's progress answers its pace in rows per second, and nothing once it has ended.</summary>
public sealed class ImportProgressTests
{
    [Fact]
    public async Task A_running_job_reports_the_rows_read_of_the_file_and_its_rows_per_second_until_it_ends()
    {
        var progress = new ImportProgress();
        var job = Guid.NewGuid();
        progress.Begin(job, 1_000);
        progress.Of(job)!.Value.RowsPerSecond.Should().Be(0, "no row has been read yet");

        await Task.Delay(50);
        progress.Advance(job, 400);

        var running = progress.Of(job)!.Value;
        (running.Done, running.Total).Should().Be((400, 1_000));
        running.RowsPerSecond.Should().BePositive().And.BeLessThanOrEqualTo(400 / 0.05);
        progress.Running().Should().ContainSingle().Which.Should().Be((400, 1_000));

        progress.End(job);
        progress.Of(job).Should().BeNull();
    }
}
