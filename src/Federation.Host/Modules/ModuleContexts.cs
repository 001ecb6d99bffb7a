namespace Federation.Host.Modules;

/// <summary>Whether a module's store is in service; a dropped-in module whose migrations failed is not.</summary>
public interface IModuleAvailability
{
    bool IsDown(Type dbContextType);
}

/// <summary>
/// The DbContext types of the enabled modules, platform first: the order migrations run in. A
/// context taken out of service at start-up (its migrations failed) is skipped by the outbox
/// dispatcher, the health check and its consumers. It is only changed before the host serves.
/// </summary>
internal sealed class ModuleContexts(IReadOnlyList<Type> all) : IModuleAvailability
{
    private readonly IReadOnlyList<Type> everyContext = all;
    private readonly HashSet<Type> down = [];

    /// <summary>The contexts in service; read on every outbox poll, so kept as a list rather than filtered each time.</summary>
    public IReadOnlyList<Type> Types { get; private set; } = all;

    public bool IsDown(Type dbContextType) => down.Contains(dbContextType);

    public void TakeOutOfService(Type dbContextType)
    {
        down.Add(dbContextType);
        Types = everyContext.Where(t => !down.Contains(t)).ToList();
    }
}
