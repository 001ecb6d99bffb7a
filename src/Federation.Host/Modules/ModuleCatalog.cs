using System.Reflection;
using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

/// <summary>
/// The modules this process runs: every module found by scanning the Federation.*.dll files
/// beside the host (the platform's own first, then the work lines by name) and those dropped into
/// the modules folder (<c>Modules:Folder</c>), less the work lines switched off in configuration.
/// A module that fails to load, clashes with another, or throws while registering is listed in
/// <see cref="Failed"/> and left out; so is one whose migrations fail at start-up (<see cref="Fail"/>).
/// </summary>
internal sealed class ModuleCatalog : IModuleDirectory
{
    private readonly List<FoundModule> enabled;
    private readonly List<ModuleFailure> failed;

    private ModuleCatalog(List<FoundModule> enabled, IReadOnlyList<IModule> disabled, List<ModuleFailure> failed, PortAnswers ports)
    {
        this.enabled = enabled;
        Ports = ports;
        Enabled = enabled.Select(f => f.Module).ToList();
        DisabledModules = disabled;
        this.failed = failed;
    }

    /// <summary>The running modules with their registrations, in the order they were found.</summary>
    public IReadOnlyList<FoundModule> Found => enabled;

    public IReadOnlyList<IModule> Enabled { get; }
    public IReadOnlyList<IModule> DisabledModules { get; }
    public IReadOnlyList<string> Disabled => DisabledModules.Select(m => m.Name).ToList();
    public IReadOnlyList<ModuleFailure> Failed => failed;

    /// <summary>Which module answers each port the running modules provide.</summary>
    public PortAnswers Ports { get; }

    public IEnumerable<IModule> WorkLines => Enabled.Where(m => m.IsWorkLine);

    public ModuleSource SourceOf(IModule module) => enabled.FirstOrDefault(f => ReferenceEquals(f.Module, module))?.Source ?? ModuleSource.BuiltIn;

    /// <summary>Whether the module failed after registration (its migrations); its API and pages then answer 503.</summary>
    public bool HasFailed(IModule module) => AnyOutOfService && failed.Any(f => f.Name == module.Name && f.RoutePrefix is not null);

    /// <summary>Whether any running module was taken out of service; lets every request skip the check when none was.</summary>
    public bool AnyOutOfService { get; private set; }

    public static ModuleCatalog Discover(IConfiguration configuration)
    {
        var builtIn = Directory.EnumerateFiles(AppContext.BaseDirectory, "Federation.*.dll")
            .Where(path => !path.EndsWith(".Contracts.dll", StringComparison.Ordinal))
            .Select(path => AssemblyName.GetAssemblyName(path))
            .Where(name => name.Name != typeof(ModuleCatalog).Assembly.GetName().Name)
            .Select(TryLoad)
            .OfType<Assembly>()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IModule).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Select(type => ((IModule)Activator.CreateInstance(type)!, ModuleSource.BuiltIn))
            // The platform first: its tables migrate first and its name and prefixes win a clash.
            .OrderBy(module => module.Item1.IsWorkLine)
            .ThenBy(module => module.Item1.Name, StringComparer.Ordinal)
            .ToList();
        var (dropped, failed) = ModuleFolder.Load(configuration["Modules:Folder"] ?? "modules");

        var enabled = new List<FoundModule>();
        var disabled = new List<IModule>();
        var ports = new PortAnswers();
        foreach (var (module, source) in builtIn.Concat(dropped))
        {
            if (Clash(module, enabled) is { } clash)
            {
                failed.Add(new ModuleFailure(module.Name, source.Folder ?? "built-in", clash));
                continue;
            }
            // Only a work line can be switched off: every module stands on the platform's.
            if (module.IsWorkLine && !configuration.GetValue($"Modules:{module.Name}:Enabled", true))
            {
                disabled.Add(module);
                continue;
            }
            var registration = new ModuleRegistration();
            try
            {
                module.Register(registration);
                if (ports.Clash(module.Name, registration) is { } taken) throw new InvalidOperationException(taken);
                ports.Take(module.Name, registration);
                enabled.Add(new FoundModule(module, registration, source));
            }
            catch (Exception ex) when (source.IsDropIn)
            {
                failed.Add(new ModuleFailure(module.Name, source.Folder!, "Register: " + ModuleFolder.Reason(ex)));
            }
        }
        // The platform relays what the running modules offer to webhook subscribers, behind its inbox.
        enabled.FirstOrDefault(f => !f.Module.IsWorkLine)?.Registration.RelayWebhooks(enabled.SelectMany(f => f.Module.WebhookEvents));
        return new ModuleCatalog(enabled, disabled, failed, ports);
    }

    /// <summary>Takes a module out of service after start-up (its migrations failed); it is reported, the others go on.</summary>
    public void Fail(IModule module, string reason)
    {
        failed.Add(new ModuleFailure(module.Name, SourceOf(module).Folder ?? "built-in", reason, module.RoutePrefix));
        AnyOutOfService = true;
    }

    // Two modules with one name, URL or table prefix would overwrite each other's routes or tables.
    private static string? Clash(IModule module, IEnumerable<FoundModule> enabled)
    {
        foreach (var other in enabled.Select(f => f.Module))
        {
            if (other.Name == module.Name) return $"Another module is already named {module.Name}.";
            if (other.RoutePrefix == module.RoutePrefix) return $"Module {other.Name} already uses the URL prefix /api/{module.RoutePrefix}.";
            if (other.TablePrefix == module.TablePrefix) return $"Module {other.Name} already uses the table prefix {module.TablePrefix}_.";
        }
        return null;
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
