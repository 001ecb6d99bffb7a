using System.Text.Json;

namespace Federation.Benchmarks.Imports;

/// <summary>What GET /api/imports/{id} said about a job, as far as the benchmark reports it.</summary>
internal sealed record JobState(
    string State, int RowsRead, int Rows, int Added, int Updated, int Unchanged, int Refused, bool Written,
    DateTime CreatedAtUtc, DateTime? FinishedAtUtc, string? Problem)
{
    public bool IsActive => State is "queued" or "running";

    /// <summary>The job's own time on the server, upload excluded; null until it has finished.</summary>
    public TimeSpan? ServerTime => FinishedAtUtc - CreatedAtUtc;

    public static JobState From(JsonElement job) => new(
        job.GetProperty("state").GetString() ?? "",
        job.GetProperty("rowsRead").GetInt32(),
        job.GetProperty("rows").GetInt32(),
        job.GetProperty("added").GetInt32(),
        job.GetProperty("updated").GetInt32(),
        job.GetProperty("unchanged").GetInt32(),
        job.GetProperty("refused").GetInt32(),
        job.GetProperty("written").GetBoolean(),
        job.GetProperty("createdAtUtc").GetDateTime(),
        job.GetProperty("finishedAtUtc") is { ValueKind: JsonValueKind.String } finished ? finished.GetDateTime() : null,
        job.GetProperty("problem") is { ValueKind: JsonValueKind.String } problem ? problem.GetString() : null);
}
