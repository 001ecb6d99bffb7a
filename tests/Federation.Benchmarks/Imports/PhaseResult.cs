namespace Federation.Benchmarks.Imports;

/// <summary>
/// One measured import: the job as it ended (or as last seen when the deadline cut it), its wall
/// time from the start of the upload to the poll that saw it end, and the host's memory around it.
/// </summary>
internal sealed record PhaseResult(
    int FileRows, string Phase, long FileBytes, JobState? Job, TimeSpan Wall,
    long? RssBeforeKib, long PeakRssKib, long? HighWaterKib, bool HighWaterReset, int Samples, string? Note)
{
    public bool Finished => Job is { State: "finished" };
}
