using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

/// <summary>Where a module came from: built with the host, or dropped into the modules folder (its path).</summary>
internal sealed record ModuleSource(string? Folder)
{
    public static readonly ModuleSource BuiltIn = new((string?)null);

    public bool IsDropIn => Folder is not null;
}

/// <summary>A module that could not be loaded or started, and why; the others run without it.</summary>
internal sealed record ModuleFailure(string Name, string Source, string Reason, string? RoutePrefix = null);

/// <summary>A module that was found, with its recorded registration and where it came from.</summary>
internal sealed record FoundModule(IModule Module, ModuleRegistration Registration, ModuleSource Source);
