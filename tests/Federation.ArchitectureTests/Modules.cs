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

    /// <summary>Work-line assemblies: everything that is not the kernel, the host or a contracts assembly.</summary>
    public static IReadOnlyList<Assembly> WorkLines => All
        .Where(a => a != Kernel && a != Host && !Contracts.Contains(a))
        .ToList();

    public static string Name(Assembly a) => a.GetName().Name!;

    /// <summary>"Federation.Investment.Contracts" belongs to "Federation.Investment".</summary>
    public static string OwnContracts(Assembly workLine) => Name(workLine) + ".Contracts";
}
