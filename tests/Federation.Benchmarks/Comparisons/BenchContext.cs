using Federation.Benchmarks.Hosting;
using Federation.Benchmarks.Seeding;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// What every comparison of one run shares: the host build, a work folder, the admin's password,
/// how long each load lasts, the deadline, and the databases made so far (an empty migrated one,
/// and the large seeded ones, each made once and reused by the comparisons that need it).
/// </summary>
internal sealed class BenchContext(string hostDll, string work, TimeSpan loadFor, CancellationToken deadline)
{
    private readonly Dictionary<string, string> seeded = [];
    private string? empty;

    public string HostDll { get; } = hostDll;

    public string AdminPassword { get; } = $"Bench{Guid.NewGuid():N}7";

    public TimeSpan LoadFor { get; } = loadFor;

    public CancellationToken Deadline { get; } = deadline;

    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(work, name)).FullName;

    /// <summary>A fresh copy of the empty, migrated database (the host made it, so the admin exists).</summary>
    public async Task<string> EmptyCopy(string name)
    {
        if (empty is null)
        {
            empty = Folder("empty-template");
            Progress("creating the empty database with the host's own migrations");
            await ProductDatabase.CreateEmpty(HostDll, empty, AdminPassword, Deadline);
        }
        return ProductDatabase.Copy(empty, Path.Combine(work, name));
    }

    /// <summary>A database holding <paramref name="projects"/> signed projects across ten years, made once per run.</summary>
    public async Task<string> Seeded(int projects)
    {
        if (seeded.TryGetValue($"{projects}", out var folder)) return folder;
        folder = await EmptyCopy($"seeded-{projects}");
        var took = ProductDatabase.Seed(folder, projects, firstYear: 2016, years: 10, seed: projects);
        Progress($"seeded {projects:N0} projects and {projects * 3:N0} scorecard facts in {took.TotalSeconds:N1} s");
        seeded[$"{projects}"] = folder;
        return folder;
    }

    public Task<HostProcess> StartHost(string folder) => HostProcess.Start(HostDll, folder, AdminPassword, Deadline);

    public Task<HostProcess> StartBaseline(string folder) =>
        HostProcess.StartBaseline(Path.Combine(folder, ProductDatabase.FileName), Path.Combine(folder, "baseline.log"), Deadline);

    public Task<ProductSession> SignIn(HostProcess host) => ProductSession.SignIn(host.BaseAddress, AdminPassword, TimeSpan.FromSeconds(60), Deadline);

    public static void Progress(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
