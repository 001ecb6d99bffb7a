using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.CrashTests.Workload;

/// <summary>
/// Clients that enter projects into the ledger and move some of them along, as fast as the host
/// answers, until the host dies under them or the cycle ends. Each project is driven by one client
/// only, so a stale version can never be the reason a request is refused.
/// </summary>
internal sealed class LedgerWriters : IDisposable
{
    private static readonly (string Stage, string Date)[] StagesAfterIntent =
    [
        ("negotiating", "2023-03-01"),
        ("signed", "2023-05-01"),
        ("groundbreaking", "2023-08-01"),
        ("inProduction", "2024-01-01"),
    ];

    private readonly HttpClient http;
    private readonly TaskCompletionSource firstAcknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int projectNumber;

    private LedgerWriters(HttpClient http) => this.http = http;

    /// <summary>Signs in as the admin; all clients share the one session cookie.</summary>
    public static async Task<LedgerWriters> SignIn(Uri host, string adminPassword) => new(await AdminSession.SignIn(host, adminPassword));

    /// <summary>
    /// Completes when the host has confirmed a first write. A freshly started host spends its first
    /// second compiling, so a kill timed from the start would often land before any write had flowed.
    /// </summary>
    public Task FirstAcknowledged => firstAcknowledged.Task;

    /// <summary>Runs <paramref name="clients"/> writers until <paramref name="stop"/> or until the host stops answering.</summary>
    public Task Run(int clients, WriteTally tally, int seed, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(new Random(seed + i), tally, stop))));

    public void Dispose() => http.Dispose();

    private async Task Client(Random random, WriteTally tally, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var entered = await Enter(tally, stop);
                if (entered is not { } project) continue;
                var version = project.Version;
                var steps = random.Next(StagesAfterIntent.Length + 1);
                for (var step = 0; step < steps && !stop.IsCancellationRequested; step++)
                {
                    var advanced = await Advance(project.ProjectId, StagesAfterIntent[step], version, tally, stop);
                    if (advanced is null) break;
                    version = advanced.Value;
                }
            }
        }
        catch (Exception cut) when (cut is HttpRequestException or IOException or OperationCanceledException)
        {
            // The host was killed under this request, or the cycle ended: its outcome is unknown, which is allowed.
        }
    }

    private async Task<(Guid ProjectId, int Version)?> Enter(WriteTally tally, CancellationToken stop)
    {
        var number = Interlocked.Increment(ref projectNumber);
        tally.Sending();
        using var response = await http.PostAsJsonAsync("/api/investment/projects", new
        {
            name = $"崩溃测试项目 {number}",
            investorName = "港资某集团",
            industry = "装备制造",
            amountYuan = 1000 + number,
            town = "石岐",
            stage = "intent",
            stageDate = "2023-01-10",
        }, stop);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            await RecordRefusal(tally, response, "entering a project");
            return null;
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
        var projectId = body.GetProperty("id").GetGuid();
        tally.ProjectCreated(projectId);
        firstAcknowledged.TrySetResult();
        return (projectId, body.GetProperty("version").GetInt32());
    }

    private async Task<int?> Advance(Guid projectId, (string Stage, string Date) to, int version, WriteTally tally, CancellationToken stop)
    {
        tally.Sending();
        using var response = await http.PostAsJsonAsync($"/api/investment/projects/{projectId}/stage",
            new { stage = to.Stage, date = to.Date, version }, stop);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            await RecordRefusal(tally, response, $"advancing {projectId} to {to.Stage}");
            return null;
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
        tally.StageAdvanced(projectId, to.Stage);
        firstAcknowledged.TrySetResult();
        return body.GetProperty("version").GetInt32();
    }

    private static async Task RecordRefusal(WriteTally tally, HttpResponseMessage response, string doing) =>
        tally.Refusal(await AdminSession.Describe(response, doing));
}
