using Federation.Kernel.Modules;

namespace Federation.Kernel.Geography;

/// <summary>
/// Zhongshan's towns and sub-districts (镇街) and the areas below them, as admins keep them; the
/// platform answers it from memory, so a module may ask on every write. A module applies one rule
/// with it: while <see cref="PlaceMatch.DirectoryEmpty"/> (a fresh install without the demo), a town is
/// accepted as typed; once towns exist, a town must be known and an area must be one of its town's.
/// </summary>
[Port]
public interface IPlaceDirectory
{
    /// <summary>Every town in display order, each with its areas in display order: for pick-lists.</summary>
    Task<IReadOnlyList<TownPlace>> Towns(CancellationToken ct);

    /// <summary>
    /// Finds a town by its name or one of its aliases, and an area of that town the same way; both
    /// trimmed and compared ignoring the case of Latin letters ("石岐街道" is 石岐).
    /// </summary>
    Task<PlaceMatch> Match(string? town, string? area, CancellationToken ct);
}

/// <summary>A town or sub-district as reports write it.</summary>
/// <param name="Name">The canonical short name, e.g. 石岐, 火炬开发区.</param>
/// <param name="NameEn">The English name, if it has one, e.g. Shiqi.</param>
/// <param name="Aliases">Other names that mean this town, e.g. 石岐街道, 石岐区.</param>
/// <param name="Areas">The areas below the town, in display order.</param>
public sealed record TownPlace(string Name, string? NameEn, IReadOnlyList<string> Aliases, IReadOnlyList<AreaPlace> Areas);

/// <summary>An area below a town, e.g. 岐江新城 under 东区.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other names that mean this area within its town.</param>
public sealed record AreaPlace(string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// What <see cref="IPlaceDirectory.Match"/> found. Town/Area: the canonical names, or null when not
/// given or unknown; TownKnown/AreaKnown say which.
/// </summary>
/// <param name="Town">The town's canonical name, or null when none was given or it is unknown.</param>
/// <param name="Area">The area's canonical name, or null when none was given, it is unknown, or it is not of the town found.</param>
/// <param name="TownKnown">Whether the town given is a town of the directory.</param>
/// <param name="AreaKnown">Whether the area given is an area of that town.</param>
/// <param name="DirectoryEmpty">True while the directory holds no town at all: then any town text is accepted as typed.</param>
public sealed record PlaceMatch(string? Town, string? Area, bool TownKnown, bool AreaKnown, bool DirectoryEmpty);
