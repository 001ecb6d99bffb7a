using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.CrashTests.Workload;

/// <summary>
/// Sends one write about a tracked record and books its outcome: acknowledged when the expected
/// success status arrives, refused on any other answer, and left in doubt when the request is cut
/// off (the exception then ends the client, since the host is gone).
/// </summary>
internal sealed class TrackedWrites(HttpClient http, RecordTally tally, Action onAcknowledged)
{
    /// <summary>True when the host acknowledged the write; the record then holds its id and version.</summary>
    public async Task<bool> Post(TrackedRecord record, string state, string path, object body, HttpStatusCode success, CancellationToken stop)
    {
        record.Sending(state);
        tally.Sending();
        using var response = await http.PostAsJsonAsync(path, body, stop);
        if (response.StatusCode != success)
        {
            tally.Refusal(await AdminSession.Describe(response, $"{record.Kind} {record.Marker} to {state}"));
            record.Refused();
            return false;
        }
        // The status line comes after the commit, so the write is acknowledged even if the kill cuts the body.
        var answer = await ReadBody(response, stop);
        record.Answered(
            answer?.TryGetProperty("id", out var id) == true ? id.GetGuid() : null,
            answer?.TryGetProperty("version", out var version) == true ? version.GetInt32() : null);
        tally.Answered();
        onAcknowledged();
        return record.Id is not null;
    }

    private static async Task<JsonElement?> ReadBody(HttpResponseMessage response, CancellationToken stop)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(stop);
        }
        catch (Exception cut) when (cut is HttpRequestException or IOException or JsonException or OperationCanceledException)
        {
            return null;
        }
    }
}
