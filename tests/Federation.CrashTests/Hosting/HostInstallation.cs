namespace Federation.CrashTests.Hosting;

/// <summary>
/// A copy of the host's build output in a folder of its own, made once per test run.
/// The host cannot run from the test's output folder: it loads every Federation.*.dll beside it
/// as a possible module, and the test assembly matches that pattern without being listed in the
/// host's deps.json, so start-up fails with FileNotFoundException.
/// </summary>
internal sealed class HostInstallation
{
    private const string HostAssembly = "Federation.Host.dll";

    private HostInstallation(string folder) => Folder = folder;

    public string Folder { get; }

    public string HostDll => Path.Combine(Folder, HostAssembly);

    /// <summary>Copies the host found beside the test assembly, leaving the test assembly behind.</summary>
    public static HostInstallation CopyTo(string folder)
    {
        var source = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(source, HostAssembly)))
            throw new InvalidOperationException($"{HostAssembly} is not beside the tests in {source}; the project reference to the host copies it there.");

        var testAssembly = typeof(HostInstallation).Assembly.GetName().Name + ".";
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith(testAssembly, StringComparison.Ordinal)) continue;
            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new HostInstallation(folder);
    }
}
