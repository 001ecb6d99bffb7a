namespace Federation.Kernel.Modules;

/// <summary>
/// Work a module does once every module's tables are migrated and before the host serves its
/// first request: the platform's first run (the first admin, the demo), a cache warmed. The host
/// runs them one after another in module order and awaits each; one that throws stops the start.
/// </summary>
public interface IModuleStartup
{
    /// <summary>Does the module's start-up work.</summary>
    Task Run(CancellationToken cancellationToken);
}
