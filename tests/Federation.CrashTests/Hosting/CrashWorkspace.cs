using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Federation.CrashTests.Hosting;

/// <summary>
/// A crash test's temp folder: the host's copy, the database and a log per start. It keeps the
/// one host that may be running, so a failing test still stops it, and it keeps the folder only
/// when the test failed, for diagnosis.
/// </summary>
internal sealed class CrashWorkspace
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "federation-crash", Guid.NewGuid().ToString("N"));

    public string Database => Path.Combine(Root, "data", "federation.db");

    public HostProcess? Host { get; private set; }

    public HostInstallation Install() => HostInstallation.CopyTo(Path.Combine(Root, "host"));

    public async Task<HostProcess> StartHost(HostInstallation installation, string adminPassword, string logName) =>
        Host = await HostProcess.Start(installation, Database, adminPassword, Path.Combine(Root, logName + ".log"));

    public async Task StopHost()
    {
        if (Host is null) return;
        await Host.DisposeAsync();
        Host = null;
    }

    public async Task Close(bool passed, ITestOutputHelper output)
    {
        await StopHost();
        SqliteConnection.ClearAllPools();
        if (!passed)
        {
            output.WriteLine($"Kept {Root} for diagnosis");
            return;
        }
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Something still holds a file; the temp folder is disposable.
        }
    }
}
