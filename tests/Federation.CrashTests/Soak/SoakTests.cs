using System.Diagnostics;
using Federation.Benchmarks.Hosting;
using Federation.Benchmarks.Soak;
using Federation.CrashTests.Hosting;
using Xunit.Abstractions;

namespace Federation.CrashTests.Soak;

/// <summary>
/// The short soak CI runs: the real Release host as a child process under half a minute of mixed
/// reads and writes, then no errors at all, and latency and memory in the last third within bounds
/// of the first third's (see <see cref="SoakWindows"/>). The long soak is `build/bench.sh soak --minutes 30`.
/// </summary>
[Trait("Category", "Soak")]
public sealed class SoakTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AdminPassword = "Soak-Test-Passw0rd";
    private const int Readers = 3;
    private const int Writers = 1;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Load = TimeSpan.FromSeconds(27);

    private readonly string root = Path.Combine(Path.GetTempPath(), "federation-soak", Guid.NewGuid().ToString("N"));
    private HostProcess? host;
    private bool passed;

    [Fact]
    public async Task Half_a_minute_of_mixed_reads_and_writes_answers_every_request_with_stable_latency_and_memory()
    {
        var clock = Stopwatch.StartNew();
        var installation = HostInstallation.CopyTo(Path.Combine(root, "host"));
        host = await HostProcess.Start(installation, Path.Combine(root, "data", "federation.db"), AdminPassword, Path.Combine(root, "host.log"));
        var started = clock.Elapsed;
        using var session = await ProductSession.SignIn(host.BaseAddress, AdminPassword, TimeSpan.FromSeconds(15), CancellationToken.None);
        var load = new MixedLoad(session.Http, session.OrganisationId, host.Pid);
        await load.Run(Load, Readers, Writers, CancellationToken.None);
        var windows = SoakWindows.Cut(load, WarmUp, 3, Load);

        output.WriteLine($"Host ready in {started.TotalSeconds:N1} s; {load.Samples.Count} requests in {Load.TotalSeconds:N0} s " +
            $"({Readers} readers, {Writers} writer); whole test {clock.Elapsed.TotalSeconds:N1} s; log {host.LogPath}");
        output.WriteLine(windows.Render());
        windows.Problems().Should().BeEmpty("the host should answer every request, and neither slow down nor grow as the load goes on");
        passed = true;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
        if (passed && Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
