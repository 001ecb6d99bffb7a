namespace Federation.Kernel.Modules;

/// <summary>
/// A module's share of the demo data loaded into an empty database. It enters records through
/// the module's own use cases, so events, audit and every later consumer see them as real work.
/// </summary>
public interface IDemoData
{
    Task Load(DemoOrganisations organisations, CancellationToken cancellationToken);
}

/// <summary>The demo organisation tree: the city federation, its branches and affiliated associations.</summary>
public sealed record DemoOrganisations(Guid CityFederation, IReadOnlyDictionary<string, Guid> ByName)
{
    public Guid this[string name] => ByName[name];
}
