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
    private readonly HashSet<Type> down = [];

    public IReadOnlyList<Type> Types => all.Where(t => !down.Contains(t)).ToList();

    public bool IsDown(Type dbContextType) => down.Contains(dbContextType);

    public void TakeOutOfService(Type dbContextType) => down.Add(dbContextType);
}
