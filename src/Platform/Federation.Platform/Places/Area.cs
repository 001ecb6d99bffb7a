using Federation.Kernel.Persistence;

namespace Federation.Platform.Places;

/// <summary>
/// An area below a town that reports name on their own, such as the new-town core 岐江新城 under 东区.
/// Within its town no name or alias names two areas.
/// </summary>
internal sealed class Area : IVersioned, INamedPlace
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TownId { get; set; }
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>Where the town's areas are shown: lowest first.</summary>
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
