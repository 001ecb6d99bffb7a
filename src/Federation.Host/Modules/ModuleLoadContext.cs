using System.Reflection;
using System.Runtime.Loader;

namespace Federation.Host.Modules;

/// <summary>
/// The load context of one module dropped into the modules folder. Whatever the host already has
/// (the kernel, other modules' Contracts, EF Core, ASP.NET Core …) comes from the host, so an
/// IModule or an integration event is the same type on both sides; only what the host lacks is
/// loaded from the module's own folder, as its deps.json says.
/// </summary>
internal sealed class ModuleLoadContext(string mainAssemblyPath)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName name)
    {
        try
        {
            return Default.LoadFromAssemblyName(name);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException)
        {
            // Not the host's: the module's own dependency, or a satellite of its resources.
        }
        return resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
