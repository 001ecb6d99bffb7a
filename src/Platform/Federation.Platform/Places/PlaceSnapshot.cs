using Federation.Kernel.Geography;

namespace Federation.Platform.Places;

/// <summary>The towns and areas as read at one moment, in display order, with their names and aliases looked up.</summary>
internal sealed class PlaceSnapshot
{
    private readonly Dictionary<string, KnownTown> byName = new(PlaceNames.Comparer);

    public PlaceSnapshot(IEnumerable<Town> towns, DateTimeOffset loadedAt)
    {
        LoadedAt = loadedAt;
        var places = new List<TownPlace>();
        foreach (var town in towns.InDisplayOrder())
        {
            var areas = town.Areas.InDisplayOrder()
                .Select(a => new AreaPlace(a.Name, [.. a.Aliases])).ToList();
            var place = new TownPlace(town.Name, town.NameEn, [.. town.Aliases], areas);
            var known = new KnownTown(place, new Dictionary<string, AreaPlace>(PlaceNames.Comparer));
            foreach (var area in areas)
                foreach (var name in PlaceNames.Of(area.Name, area.Aliases)) known.Areas.TryAdd(name, area);
            foreach (var name in PlaceNames.Of(place.Name, place.Aliases)) byName.TryAdd(name, known);
            places.Add(place);
        }
        Towns = places;
    }

    public DateTimeOffset LoadedAt { get; }

    public IReadOnlyList<TownPlace> Towns { get; }

    public PlaceMatch Match(string? town, string? area)
    {
        if (Towns.Count == 0) return new PlaceMatch(null, null, false, false, DirectoryEmpty: true);
        if (Given(town) is not { } townName || !byName.TryGetValue(townName, out var known))
            return new PlaceMatch(null, null, false, false, DirectoryEmpty: false);
        var found = Given(area) is { } areaName ? known.Areas.GetValueOrDefault(areaName) : null;
        return new PlaceMatch(known.Place.Name, found?.Name, true, found is not null, DirectoryEmpty: false);
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record KnownTown(TownPlace Place, Dictionary<string, AreaPlace> Areas);
}
