using Federation.Kernel.Persistence;

namespace Federation.Platform.Places;

/// <summary>
/// A town or sub-district (镇街) of Zhongshan under the short name reports write ("石岐", "火炬开发区"),
/// with the other names people use for it. No name or alias names two towns (<see cref="PlaceNames"/>).
/// </summary>
internal sealed class Town : IVersioned, INamedPlace
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>Where pick-lists and reports show the town: lowest first.</summary>
    public int SortOrder { get; set; }

    public List<Area> Areas { get; private set; } = [];
    public int Version { get; set; }
}
