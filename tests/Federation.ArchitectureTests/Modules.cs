using System.Reflection;
using Federation.Kernel.Modules;

namespace Federation.ArchitectureTests;

/// <summary>The assemblies of the solution, found beside the tests the way the host finds them.</summary>
internal static class Modules
{
    public static readonly Assembly Kernel = typeof(IModule).Assembly;
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = Directory
        .EnumerateFiles(AppContext.BaseDirectory, "Federation.*.dll")
        .Select(path => Assembly.LoadFrom(path))
        .Where(a => !a.GetName().Name!.EndsWith("Tests", StringComparison.Ordinal))
        .ToList();

    public static IReadOnlyList<Assembly> Contracts => All.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Module assemblies: everything that is not the kernel, the host or a contracts assembly. The
    /// platform's own module is one of them and is held to the same rules as every work line.
    /// </summary>
    public static IReadOnlyList<Assembly> ModuleAssemblies => All
        .Where(a => a != Kernel && a != Host && !Contracts.Contains(a))
        .ToList();

    public static string Name(Assembly a) => a.GetName().Name!;

    /// <summary>The folder holding Federation.sln, for tests that read the sources.</summary>
    public static DirectoryInfo Repository()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Federation.sln"))) root = root.Parent;
        return root ?? throw new DirectoryNotFoundException("No Federation.sln above " + AppContext.BaseDirectory);
    }
}
