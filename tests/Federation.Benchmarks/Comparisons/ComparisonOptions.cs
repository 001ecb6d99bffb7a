using System.Globalization;
using System.Reflection;

namespace Federation.Benchmarks.Comparisons;

/// <summary>The command line of comparisons 1–5, with the host this build was made beside as the default.</summary>
internal sealed record ComparisonOptions(
    string HostDll, TimeSpan LoadFor, double WritesPerSecond, TimeSpan Deadline, bool Keep, IReadOnlyList<int> ScorecardFacts)
{
    public static ComparisonOptions Parse(string[] args)
    {
        var host = typeof(ComparisonOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "HostAssembly")?.Value ?? "";
        var seconds = 15.0;
        var rate = 25.0;
        var minutes = 40.0;
        var keep = args.Contains("--keep");
        // 10 M facts take minutes to seed and GBs of disk: asked for, not run by default.
        IReadOnlyList<int> facts = [100_000, ScorecardComparison.Projects * 3];
        args = args.Where(a => a != "--keep").ToArray();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--host": host = value; break;
                case "--seconds": seconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--rate": rate = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--minutes": minutes = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--facts": facts = value.Split(',').Select(f => int.Parse(f, CultureInfo.InvariantCulture)).ToList(); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (!File.Exists(host)) throw new ArgumentException($"no host at '{host}': build src/Federation.Host in Release or pass --host");
        return new ComparisonOptions(Path.GetFullPath(host), TimeSpan.FromSeconds(seconds), rate, TimeSpan.FromMinutes(minutes), keep, facts);
    }
}
