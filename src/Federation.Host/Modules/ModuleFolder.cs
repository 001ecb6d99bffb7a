using System.Reflection;
using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

/// <summary>
/// The work lines integrators drop into the modules folder: each sub-folder holds one module's
/// published output, its main assembly named as the folder ("Federation.RightsProtection/
/// Federation.RightsProtection.dll"). Each loads in its own context; one that cannot be loaded
/// (no main assembly, a bad image, a missing dependency, no module class) is reported and skipped.
/// </summary>
internal static class ModuleFolder
{
    public static (List<(IModule Module, ModuleSource Source)> Found, List<ModuleFailure> Failed) Load(string folder)
    {
        var found = new List<(IModule, ModuleSource)>();
        var failed = new List<ModuleFailure>();
        if (!Directory.Exists(folder)) return (found, failed);
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            var main = Path.Combine(directory, name + ".dll");
            try
            {
                if (!File.Exists(main))
                    throw new FileNotFoundException($"The folder has no main assembly {name}.dll; a module's folder is named after its main assembly.");
                var assembly = new ModuleLoadContext(main).LoadFromAssemblyPath(main);
                var modules = ModuleTypes(assembly).Select(type => (IModule)Activator.CreateInstance(type)!).ToList();
                if (modules.Count == 0) throw new TypeLoadException($"{name}.dll has no public class implementing IModule.");
                found.AddRange(modules.Select(m => (m, new ModuleSource(directory))));
            }
            catch (Exception ex)
            {
                failed.Add(new ModuleFailure(name, directory, Reason(ex)));
            }
        }
        return (found, failed);
    }

    private static IEnumerable<Type> ModuleTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    /// <summary>The first line an administrator needs: a missing dependency names the assembly.</summary>
    internal static string Reason(Exception ex) => ex switch
    {
        ReflectionTypeLoadException load => string.Join("; ", load.LoaderExceptions.OfType<Exception>().Select(e => e.Message).Distinct()),
        TargetInvocationException { InnerException: { } inner } => Reason(inner),
        BadImageFormatException => $"Not a .NET assembly: {ex.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
