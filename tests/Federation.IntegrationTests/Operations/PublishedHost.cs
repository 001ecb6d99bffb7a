using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Federation.IntegrationTests.Operations;

/// <summary>
/// The host as an IT officer installs it: <c>dotnet publish</c> output in a folder of its own,
/// started as a child process from an unrelated working directory. Published once per test run.
/// </summary>
internal sealed class PublishedHost
{
    private static readonly Lazy<Task<string>> Published = new(Publish);

    /// <summary>A fresh copy of the published host, so each test edits its own appsettings.json and has its own data.</summary>
    public static async Task<string> Install()
    {
        var source = await Published.Value;
        var folder = Path.Combine(UpgradeTests.Folder(), "app");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return folder;
    }

    private static async Task<string> Publish()
    {
        // The configuration the tests were built in: the host beside them was built the same way, so publishing needs no build.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var output = Path.Combine(Path.GetTempPath(), "federation-tests", "published-" + Guid.NewGuid().ToString("N"));
        var (exit, log) = await Run(Repository(), "dotnet", "publish", "src/Federation.Host/Federation.Host.csproj", "-c", configuration, "--no-build", "-o", output, "-nologo");
        if (exit != 0) throw new InvalidOperationException($"dotnet publish failed ({exit}):\n{log}");
        return output;
    }

    public static async Task<(int Exit, string Log)> Run(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts <c>dotnet Federation.Host.dll</c> from <paramref name="workingDirectory"/> on a free loopback port.</summary>
    public static (Process Process, Uri Address, Func<string> Log) Start(string app, string workingDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(app, "Federation.Host.dll"));
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var log = new System.Text.StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, address, () => { lock (log) return log.ToString(); });
    }

    public static async Task WaitUntilLive(HttpClient client, Process process, Func<string> log)
    {
        var until = DateTime.UtcNow.AddSeconds(150);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"The published host exited ({process.ExitCode}):\n{log()}");
            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The published host did not answer /health/live:\n{log()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Federation.sln"))) return folder.FullName;
        throw new InvalidOperationException("Federation.sln not found above " + AppContext.BaseDirectory);
    }
}
