namespace Federation.Platform.Places;

/// <summary>A town as admins read it: with its id and version for corrections, and its areas in display order.</summary>
internal sealed record TownResponse(
    Guid Id, string Name, string? NameEn, IReadOnlyList<string> Aliases, int SortOrder, int Version, IReadOnlyList<AreaResponse> Areas)
{
    public static TownResponse From(Town town) => new(town.Id, town.Name, town.NameEn, [.. town.Aliases], town.SortOrder, town.Version,
        town.Areas.InDisplayOrder().Select(AreaResponse.From).ToList());
}

/// <summary>An area as admins read it.</summary>
internal sealed record AreaResponse(Guid Id, string Name, IReadOnlyList<string> Aliases, int SortOrder, int Version)
{
    public static AreaResponse From(Area area) => new(area.Id, area.Name, [.. area.Aliases], area.SortOrder, area.Version);
}
