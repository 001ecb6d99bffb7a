using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Federation.Benchmarks.Hosting;

namespace Federation.Benchmarks.Imports;

/// <summary>The import API as a user drives it: sign in, upload a ledger, poll the job until it ends.</summary>
internal sealed class ImportClient : IDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

    private readonly HttpClient http;

    private ImportClient(HttpClient http) => this.http = http;

    public static async Task<ImportClient> SignIn(Uri host, string password, CancellationToken ct) =>
        new((await ProductSession.SignIn(host, password, TimeSpan.FromMinutes(5), ct)).Http);

    /// <summary>Uploads the file (streamed from disk) and answers the job's id.</summary>
    public async Task<Guid> Upload(string ledger, string path, string mode, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        using var body = new StreamContent(file);
        body.Headers.ContentType = new MediaTypeHeaderValue(LedgerWorkbook.ContentType);
        var query = $"/api/imports/ledgers/{ledger}/files?fileName={Uri.EscapeDataString(Path.GetFileName(path))}&mode={mode}";
        using var response = await http.PostAsync(query, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Polls until the job leaves queued/running; a cancelled wait answers the job as last seen.</summary>
    public async Task<JobState> WaitForEnd(Guid job, CancellationToken ct)
    {
        var last = await State(job, CancellationToken.None);
        while (last.IsActive && !ct.IsCancellationRequested)
        {
            try { await Task.Delay(PollEvery, ct); }
            catch (OperationCanceledException) { break; }
            last = await State(job, CancellationToken.None);
        }
        return last;
    }

    public void Dispose() => http.Dispose();

    private async Task<JobState> State(Guid job, CancellationToken ct)
    {
        using var response = await http.GetAsync($"/api/imports/{job}", ct);
        response.EnsureSuccessStatusCode();
        return JobState.From(JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement);
    }
}
