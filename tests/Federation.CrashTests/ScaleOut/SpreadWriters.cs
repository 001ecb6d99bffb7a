using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.CrashTests.ScaleOut;

/// <summary>
/// Clients entering signed projects through several hosts at once, as a load balancer would
/// spread them; a client whose host stops answering moves to the next one. Every project is
/// signed in <see cref="Year"/>, so the scorecard's figures for that year count exactly them.
/// </summary>
internal sealed class SpreadWriters(IReadOnlyList<HttpClient> hosts)
{
    public const int Year = 2041;

    private readonly ConcurrentDictionary<Guid, long> acknowledged = new();
    private readonly ConcurrentQueue<string> refused = new();
    private int unknown;
    private int number;

    /// <summary>Projects a host answered 201 for, with their amounts in fen: these must all be counted.</summary>
    public IReadOnlyDictionary<Guid, long> Acknowledged => acknowledged;

    /// <summary>Requests cut off by a killed host: committed or not, either is allowed.</summary>
    public int Unknown => Volatile.Read(ref unknown);

    /// <summary>Answers other than 201 from a live host: none may occur.</summary>
    public IReadOnlyCollection<string> Refused => refused;

    public Task Run(int clients, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(() => Client(client, stop))));

    private async Task Client(int client, CancellationToken stop)
    {
        var host = client % hosts.Count;
        while (!stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref number);
            var amountYuan = 10_000 + n;
            try
            {
                using var response = await hosts[host].PostAsJsonAsync("/api/investment/projects", new
                {
                    name = $"多实例项目 {n}",
                    investorName = "新加坡某基金",
                    industry = "新能源",
                    amountYuan,
                    town = "火炬开发区",
                    stage = "signed",
                    stageDate = $"{Year}-06-01",
                }, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    acknowledged[body.GetProperty("id").GetGuid()] = amountYuan * 100L;
                }
                else refused.Enqueue($"{(int)response.StatusCode} from host {host + 1}: {await response.Content.ReadAsStringAsync()}");
            }
            catch (Exception cut) when (cut is HttpRequestException or IOException or TaskCanceledException)
            {
                // The host died under this request: its outcome is unknown. Move on, as a load balancer would.
                Interlocked.Increment(ref unknown);
                host = (host + 1) % hosts.Count;
            }
        }
    }
}
