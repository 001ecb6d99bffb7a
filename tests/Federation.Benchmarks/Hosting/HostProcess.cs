using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Federation.Benchmarks.Hosting;

/// <summary>
/// The real host, started as `dotnet Federation.Host.dll` on a loopback port of its own with a
/// SQLite file in a folder of the benchmark's and no demo data (or the bare baseline, started the
/// same way), its output in a log file. Disposing kills it by its pid, so a
/// failed or timed-out run never leaves a host behind.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StreamWriter log;
    private readonly object logGate = new();
    private bool logClosed;

    private HostProcess(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int Pid => process.Id;

    /// <summary>From the process's start to the first 200 on /health: migrations, bootstrap, Kestrel.</summary>
    public TimeSpan StartedIn { get; private set; }

    public static Task<HostProcess> Start(string hostDll, string folder, string adminPassword, CancellationToken ct)
    {
        var start = new ProcessStartInfo(DotnetExecutable()) { WorkingDirectory = Path.GetDirectoryName(hostDll)! };
        start.ArgumentList.Add(hostDll);
        start.Environment["Store__SqlitePath"] = Path.Combine(folder, "federation.db");
        start.Environment["Bootstrap__AdminPassword"] = adminPassword;
        // The daily backup would take one at start-up (after 02:00): not what these runs measure or kill.
        start.Environment["Backups__Daily"] = "false";
        start.Environment["Bootstrap__DemoData"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        return Launch(start, Path.Combine(folder, "host.log"), ct);
    }

    /// <summary>
    /// The bare baseline: this program's own <c>baseline</c> command, a minimal ASP.NET Core app on
    /// <paramref name="databasePath"/>, in a process of its own so its start-up and memory are measured
    /// the way the host's are. It runs the server GC, as the host does under the Web SDK.
    /// </summary>
    public static Task<HostProcess> StartBaseline(string databasePath, string logPath, CancellationToken ct)
    {
        var program = typeof(HostProcess).Assembly.Location;
        var start = new ProcessStartInfo(DotnetExecutable()) { WorkingDirectory = Path.GetDirectoryName(program)! };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("baseline");
        start.ArgumentList.Add(databasePath);
        start.Environment["DOTNET_gcServer"] = "1";
        return Launch(start, logPath, ct);
    }

    private static async Task<HostProcess> Launch(ProcessStartInfo start, string logPath, CancellationToken ct)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        // Inherited ASP.NET Core settings (HTTP_PORTS in containers, say) could bind elsewhere than loopback.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, log, baseAddress, logPath);
        process.OutputDataReceived += (_, e) => host.Write(e.Data);
        process.ErrorDataReceived += (_, e) => host.Write(e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthy(clock, ct);
            host.StartedIn = clock.Elapsed;
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        using (var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            try { await process.WaitForExitAsync(exit.Token); }
            catch (OperationCanceledException) { Console.Error.WriteLine($"host pid {process.Id} did not exit within 30 s of SIGKILL"); }
        }
        lock (logGate)
        {
            logClosed = true;
            log.Dispose();
        }
        process.Dispose();
    }

    // Output can still arrive on a pool thread while the process is killed; late lines are dropped.
    private void Write(string? line)
    {
        if (line is null) return;
        lock (logGate)
            if (!logClosed) log.WriteLine(line);
    }

    // Probes every 10 ms: the start-up comparison reads its time from here.
    private async Task WaitUntilHealthy(Stopwatch waited, CancellationToken ct)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (waited.Elapsed < ReadyWithin)
        {
            ct.ThrowIfCancellationRequested();
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was ready; see {LogPath}");
            try
            {
                using var response = await probe.GetAsync("/health", ct);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet: migrations and the first admin come before Kestrel starts.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A probe timed out while the host was busy starting.
            }
            await Task.Delay(10, ct);
        }
        throw new TimeoutException($"The host did not answer /health within {ReadyWithin}; see {LogPath}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The host runs under the same dotnet as the benchmark (dotnet run names it in DOTNET_HOST_PATH); PATH otherwise.
    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";
}
