namespace Federation.Kernel.Modules;

/// <summary>
/// The modules this host runs, for features that span them all (roles built from every module's
/// permissions, the import page's ledgers). The host answers it; a module never looks for the
/// others by scanning.
/// </summary>
[Port]
public interface IModuleDirectory
{
    /// <summary>Every running module, the platform's own first, then the work lines in the order they were found.</summary>
    IReadOnlyList<IModule> Enabled { get; }

    /// <summary>The running work lines: every module but the platform's own (<see cref="IModule.IsWorkLine"/>).</summary>
    IEnumerable<IModule> WorkLines => Enabled.Where(m => m.IsWorkLine);
}
