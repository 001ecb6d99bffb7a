using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.CrashTests.Hosting;
using FluentAssertions.Execution;
using Xunit.Abstractions;

namespace Federation.CrashTests.ScaleOut;

/// <summary>
/// Three host processes on one PostgreSQL database and one RabbitMQ broker, as a scaled-out
/// deployment runs: writes are spread across them, one is SIGKILLed mid-stream and later
/// restarted, and afterwards every committed project is on the scorecard exactly once and
/// audited exactly once. Needs build/services.sh start (build/test.sh runs it).
/// </summary>
[Trait("Category", "ScaleOut")]
public sealed class MultiHostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AdminPassword = "Scale-Out-Passw0rd";
    private const int Clients = 6;
    private static readonly TimeSpan DrainWithin = TimeSpan.FromSeconds(60);

    private readonly string root = Path.Combine(Path.GetTempPath(), "federation-scale-out", Guid.NewGuid().ToString("N"));
    private readonly ScaleOutServices services = new();
    private readonly HostProcess?[] hosts = new HostProcess?[3];
    private HostInstallation? installation;

    [Fact]
    public async Task Every_committed_write_through_any_host_counts_once_after_one_host_is_killed()
    {
        var clock = Stopwatch.StartNew();
        installation = HostInstallation.CopyTo(Path.Combine(root, "host"));
        // All three at once on an empty database: migrations and the first admin must cope with the race.
        await Task.WhenAll(Enumerable.Range(0, hosts.Length).Select(StartHost));
        output.WriteLine($"{hosts.Length} hosts healthy after {clock.Elapsed.TotalSeconds:F1} s");

        var cookies = new CookieContainer();
        var clients = hosts.Select(h => new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = h!.BaseAddress, Timeout = TimeSpan.FromSeconds(15) }).ToList();
        // Signed in on the first host only: the others must accept its cookie (a shared key ring).
        (await clients[0].PostAsJsonAsync("/api/auth/sign-in", new { userName = "admin", password = AdminPassword })).EnsureSuccessStatusCode();
        foreach (var client in clients.Skip(1))
            (await client.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK, "a session cookie from one host is good on every host");

        var writers = new SpreadWriters(clients);
        using (var stop = new CancellationTokenSource())
        {
            var writing = writers.Run(Clients, stop.Token);
            // Killed mid-stream: once the hosts are writing in earnest, not while they are still warming up.
            var warm = Stopwatch.StartNew();
            while (writers.Acknowledged.Count < 15 && warm.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
            await Task.Delay(TimeSpan.FromSeconds(1));
            var killed = await hosts[1]!.Kill();
            killed.Should().BeTrue("the second host should still have been running when it was killed");
            output.WriteLine($"host 2 killed at {clock.Elapsed.TotalSeconds:F1} s with {writers.Acknowledged.Count} projects acknowledged");
            await Task.Delay(TimeSpan.FromSeconds(3));
            stop.Cancel();
            await writing;
        }
        // Back under its own name: it rejoins the queues and closes only its own unfinished work.
        await hosts[1]!.DisposeAsync();
        await StartHost(1);
        output.WriteLine($"{writers.Acknowledged.Count} acknowledged, {writers.Unknown} cut off; host 2 back at {clock.Elapsed.TotalSeconds:F1} s");

        var stored = await Drained(clients[2]);
        using var scope = new AssertionScope();
        writers.Refused.Should().BeEmpty("live hosts refuse no valid write");
        writers.Acknowledged.Count.Should().BeGreaterThan(20, "the load should have committed a fair number of writes");
        var ids = await services.Ids("SELECT \"Id\" FROM inv.inv_projects");
        ids.Should().Contain(writers.Acknowledged.Keys, "every acknowledged project was committed");
        (ids.Count - writers.Acknowledged.Count).Should().BeLessThanOrEqualTo(writers.Unknown, "only writes cut off by the kill may be committed unacknowledged");
        stored.Projects.Should().Be(ids.Count, "the scorecard counts every committed project once");
        stored.AmountYuan.Should().Be(await services.Query<long>("SELECT COALESCE(SUM(\"AmountFen\"), 0) FROM inv.inv_projects") / 100m,
            "the signed amount on the scorecard is the sum over the committed projects");
        (await services.Query<long>("SELECT COUNT(*) FROM plt.plt_audit_entries WHERE \"EntityType\" = 'Project' AND \"Action\" = 'Added'"))
            .Should().Be(ids.Count, "each project's creation is audited once, however often its event was delivered");
        output.WriteLine($"Verified in {clock.Elapsed.TotalSeconds:F1} s: {ids.Count} projects, scorecard {stored.Projects} / {stored.AmountYuan} 元");
    }

    private async Task StartHost(int index)
    {
        var name = $"host-{index + 1}";
        hosts[index] = await HostProcess.Start(installation!, Path.Combine(root, name, "data", "federation.db"), AdminPassword,
            Path.Combine(root, $"{name}-{DateTime.UtcNow:HHmmssfff}.log"),
            // Hosts of one database share the key file of its key ring, as an operator sets them up (ADR 0028).
            new Dictionary<string, string>(services.HostSettings(name)) { ["KeyRing:Folder"] = Path.Combine(root, "keys") });
    }

    /// <summary>Waits until no outbox holds an unsent event and the scorecard has caught up with the projects stored.</summary>
    private async Task<(long Projects, decimal AmountYuan)> Drained(HttpClient client)
    {
        var waited = Stopwatch.StartNew();
        (long, decimal) figures = default;
        while (waited.Elapsed < DrainWithin)
        {
            var unsent = await services.Query<long>(
                "SELECT (SELECT COUNT(*) FROM inv.inv_outbox WHERE \"SentAtUtc\" IS NULL) + (SELECT COUNT(*) FROM plt.plt_outbox WHERE \"SentAtUtc\" IS NULL)");
            figures = await Scorecard(client);
            if (unsent == 0 && figures.Item1 == await services.Query<long>("SELECT COUNT(*) FROM inv.inv_projects")) return figures;
            await Task.Delay(250);
        }
        return figures;
    }

    private static async Task<(long Projects, decimal AmountYuan)> Scorecard(HttpClient client)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/scorecard/{SpreadWriters.Year}");
        decimal Value(string key) => body.GetProperty("kpis").EnumerateArray().First(k => k.GetProperty("key").GetString() == key).GetProperty("value").GetDecimal();
        return ((long)Value("investment.projects-signed"), Value("investment.signed-amount"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in hosts.OfType<HostProcess>()) await host.DisposeAsync();
        services.Dispose();
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { /* a log still open on a slow runner; the temp folder is disposable */ }
    }
}
