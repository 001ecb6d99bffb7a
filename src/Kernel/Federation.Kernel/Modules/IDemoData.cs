namespace Federation.Kernel.Modules;

/// <summary>
/// A module's share of the demo data loaded into an empty database. It enters records through
/// the module's own use cases, so events, audit and every later consumer see them as real work.
/// </summary>
public interface IDemoData
{
    /// <summary>Enters the module's demo records, owned by the given demo organisations, through its own use cases.</summary>
    Task Load(DemoOrganisations organisations, CancellationToken cancellationToken);
}

/// <summary>The demo organisation tree: the city federation, its branches and affiliated associations.</summary>
/// <param name="CityFederation">The id of the root organisation, the city federation.</param>
/// <param name="ByName">The id of every other demo organisation, by its Chinese name.</param>
public sealed record DemoOrganisations(Guid CityFederation, IReadOnlyDictionary<string, Guid> ByName)
{
    /// <summary>The id of the demo organisation with that Chinese name; throws when there is none.</summary>
    public Guid this[string name] => ByName[name];
}
