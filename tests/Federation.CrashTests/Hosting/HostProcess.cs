using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Federation.CrashTests.Hosting;

/// <summary>
/// The real host as a child process on a loopback port of its own, so it can be killed the way
/// a crash kills it: SIGKILL, no shutdown hooks, no flushing, whatever was in flight is cut.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    // Generous: three hosts starting at once on a loaded 2-core runner have taken over a minute.
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly HostLog log;

    private HostProcess(Process process, HostLog log, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string LogPath => log.Path;

    public int Pid => process.Id;

    /// <summary>Starts the host on <paramref name="databasePath"/> and returns once /health answers 200.</summary>
    public static async Task<HostProcess> Start(
        HostInstallation installation, string databasePath, string adminPassword, string logPath,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = installation.Folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(installation.HostDll);
        // Inherited ASP.NET Core settings (HTTP_PORTS in containers, say) could bind elsewhere than loopback.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Store__SqlitePath"] = databasePath;
        start.Environment["Bootstrap__AdminPassword"] = adminPassword;
        start.Environment["Bootstrap__DemoData"] = "false";
        // The daily backup would take one at start-up (after 02:00): not what these runs measure or kill.
        start.Environment["Backups__Daily"] = "false";
        // Production logs JSON; plain lines are easier to read when a run has to be diagnosed.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        // Other engines (PostgreSQL, RabbitMQ), a host name: as environment variables, the way an operator sets them.
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;

        var hostLog = new HostLog(logPath);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => hostLog.Write(e.Data);
        process.ErrorDataReceived += (_, e) => hostLog.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, hostLog, baseAddress);
        try
        {
            await host.WaitUntilHealthy();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// SIGKILLs the host and waits until it is gone. False when it had already exited on its own,
    /// which a caller driving load should treat as a crash it did not cause.
    /// </summary>
    public async Task<bool> Kill()
    {
        var wasRunning = !process.HasExited;
        if (wasRunning)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
                wasRunning = false;
            }
        }
        using var timeout = new CancellationTokenSource(ExitWithin);
        await process.WaitForExitAsync(timeout.Token);
        log.Close();
        return wasRunning;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Kill();
        }
        finally
        {
            process.Dispose();
        }
    }

    private async Task WaitUntilHealthy()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReadyWithin)
        {
            if (process.HasExited)
                throw new InvalidOperationException(
                    $"The host exited with code {process.ExitCode} before it was ready. Log {LogPath}:\n{log.Tail()}");
            try
            {
                using var response = await probe.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet: migrations and the first admin come before Kestrel starts.
            }
            catch (TaskCanceledException)
            {
                // A probe timed out while the host was busy starting.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The host did not answer /health with 200 within {ReadyWithin}. Log {LogPath}:\n{log.Tail()}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The test runs under the same dotnet that should run the host; fall back to PATH otherwise.
    private static string DotnetExecutable() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
