using System.Reflection;
using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

/// <summary>
/// The modules this process runs: the platform's own, then every work line found by scanning
/// the Federation.*.dll files beside the host, less those switched off in configuration.
/// </summary>
internal sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<IModule> enabled, IReadOnlyList<IModule> disabled)
    {
        Enabled = enabled;
        DisabledModules = disabled;
    }

    public IReadOnlyList<IModule> Enabled { get; }
    public IReadOnlyList<IModule> DisabledModules { get; }
    public IReadOnlyList<string> Disabled => DisabledModules.Select(m => m.Name).ToList();

    public IEnumerable<IModule> WorkLines => Enabled.Where(m => m is not Platform.PlatformModule);

    public static ModuleCatalog Discover(IConfiguration configuration)
    {
        var found = Directory.EnumerateFiles(AppContext.BaseDirectory, "Federation.*.dll")
            .Where(path => !path.EndsWith(".Contracts.dll", StringComparison.Ordinal))
            .Select(path => AssemblyName.GetAssemblyName(path))
            .Where(name => name.Name != typeof(ModuleCatalog).Assembly.GetName().Name)
            .Select(TryLoad)
            .OfType<Assembly>()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IModule).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Select(type => (IModule)Activator.CreateInstance(type)!)
            .OrderBy(module => module.Name, StringComparer.Ordinal)
            .ToList();

        var enabled = new List<IModule> { new Platform.PlatformModule() };
        var disabled = new List<IModule>();
        foreach (var module in found)
        {
            if (configuration.GetValue($"Modules:{module.Name}:Enabled", true)) enabled.Add(module);
            else disabled.Add(module);
        }
        return new ModuleCatalog(enabled, disabled);
    }

    // A stray assembly beside the host (a test project's, say) that the host was not built
    // with cannot be loaded; it is not a module, so it is passed over rather than fatal.
    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
