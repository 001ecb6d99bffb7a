using System.Reflection;

namespace Federation.Benchmarks.Imports;

/// <summary>The command line of the import benchmark, with the host this build was made beside as the default.</summary>
internal sealed record BenchmarkOptions(string HostDll, IReadOnlyList<int> Sizes, TimeSpan Deadline)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var host = typeof(BenchmarkOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "HostAssembly")?.Value ?? "";
        IReadOnlyList<int> sizes = [10_000, 100_000];
        var minutes = 20.0;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--host": host = value; break;
                case "--sizes": sizes = value.Split(',').Select(int.Parse).ToList(); break;
                case "--minutes": minutes = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
            i++;
        }
        if (!File.Exists(host)) throw new ArgumentException($"no host at '{host}': build src/Federation.Host in Release or pass --host");
        return new BenchmarkOptions(Path.GetFullPath(host), sizes, TimeSpan.FromMinutes(minutes));
    }
}
