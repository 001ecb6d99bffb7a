using Federation.Kernel.Http;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Places;

/// <summary>
/// Reading and changing the towns and their areas, shared by the admin API, the admin pages and the
/// demo. Requests are validated by the caller first; every change reads the lists in memory again.
/// An area is a part of its town, as a stage is of a project: each change of an area loads the town
/// with its areas, so the town's version goes up with it (ModuleDbContext) and a client holding the
/// town's version knows whether anything of it changed.
/// </summary>
internal sealed class PlaceAdministration(PlatformDbContext db, PlaceCatalogue catalogue)
{
    public async Task<List<TownResponse>> List(CancellationToken ct)
    {
        var towns = await db.Towns.AsNoTracking().Include(t => t.Areas).ToListAsync(ct);
        return towns.InDisplayOrder().Select(TownResponse.From).ToList();
    }

    /// <summary>Null when there is no such town.</summary>
    public async Task<TownResponse?> Find(Guid id, CancellationToken ct) =>
        await db.Towns.AsNoTracking().Include(t => t.Areas).FirstOrDefaultAsync(t => t.Id == id, ct) is { } town ? TownResponse.From(town) : null;

    public async Task<TownResponse> CreateTown(TownRequest request, CancellationToken ct)
    {
        // The towns are a few dozen: every name and alias is checked against all of them here, as the
        // comparison ignores the case of Latin letters and the aliases are a list the store cannot index.
        var towns = await db.Towns.ToListAsync(ct);
        var town = new Town { Name = request.Name!.Trim(), SortOrder = DisplayOrder.After(towns) };
        Apply(town, request, towns);
        db.Towns.Add(town);
        await Save(ct);
        return TownResponse.From(town);
    }

    /// <summary>Null when there is no such town.</summary>
    public async Task<TownResponse?> UpdateTown(Guid id, TownRequest request, CancellationToken ct)
    {
        var towns = await db.Towns.Include(t => t.Areas).ToListAsync(ct);
        if (towns.Find(t => t.Id == id) is not { } town) return null;
        db.ExpectVersion(town, request.Version);
        Apply(town, request, towns.Where(t => t != town));
        await Save(ct);
        return TownResponse.From(town);
    }

    /// <summary>Removes the town and its areas; false when there is no such town.</summary>
    public async Task<bool> RemoveTown(Guid id, int? version, CancellationToken ct)
    {
        // Loaded with its areas, so each area's removal is audited along with the town's.
        var town = await db.Towns.Include(t => t.Areas).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (town is null) return false;
        db.ExpectVersion(town, version);
        db.Towns.Remove(town);
        await Save(ct);
        return true;
    }

    /// <summary>Null when there is no such town.</summary>
    public async Task<AreaResponse?> AddArea(Guid townId, AreaRequest request, CancellationToken ct)
    {
        var town = await db.Towns.Include(t => t.Areas).FirstOrDefaultAsync(t => t.Id == townId, ct);
        if (town is null) return null;
        var area = new Area { TownId = town.Id, Name = request.Name!.Trim(), SortOrder = DisplayOrder.After(town.Areas) };
        Apply(area, request, town.Areas);
        db.Areas.Add(area);
        await Save(ct);
        return AreaResponse.From(area);
    }

    /// <summary>Null when the town has no such area.</summary>
    public async Task<AreaResponse?> UpdateArea(Guid townId, Guid areaId, AreaRequest request, CancellationToken ct)
    {
        if (await TownWithArea(townId, areaId, ct) is not ({ } town, { } area)) return null;
        db.ExpectVersion(area, request.Version);
        Apply(area, request, town.Areas.Where(a => a != area));
        await Save(ct);
        return AreaResponse.From(area);
    }

    /// <summary>False when the town has no such area.</summary>
    public async Task<bool> RemoveArea(Guid townId, Guid areaId, int? version, CancellationToken ct)
    {
        if (await TownWithArea(townId, areaId, ct) is not (_, { } area)) return false;
        db.ExpectVersion(area, version);
        db.Areas.Remove(area);
        await Save(ct);
        return true;
    }

    private async Task<(Town Town, Area Area)?> TownWithArea(Guid townId, Guid areaId, CancellationToken ct) =>
        await db.Towns.Include(t => t.Areas).FirstOrDefaultAsync(t => t.Id == townId, ct) is { } town
        && town.Areas.Find(a => a.Id == areaId) is { } area
            ? (town, area)
            : null;

    private static void Apply(Town town, TownRequest request, IEnumerable<Town> others)
    {
        var name = request.Name!.Trim();
        var aliases = PlaceNames.Aliases(name, request.Aliases);
        EnsureFree(name, aliases, others, "TownNameTaken");
        town.Name = name;
        town.NameEn = string.IsNullOrWhiteSpace(request.NameEn) ? null : request.NameEn.Trim();
        town.Aliases = aliases;
        town.SortOrder = request.SortOrder ?? town.SortOrder;
    }

    private static void Apply(Area area, AreaRequest request, IEnumerable<Area> others)
    {
        var name = request.Name!.Trim();
        var aliases = PlaceNames.Aliases(name, request.Aliases);
        EnsureFree(name, aliases, others, "AreaNameTaken");
        area.Name = name;
        area.Aliases = aliases;
        area.SortOrder = request.SortOrder ?? area.SortOrder;
    }

    private static void EnsureFree(string name, List<string> aliases, IEnumerable<INamedPlace> others, string message)
    {
        if (PlaceNames.Clash(name, aliases, others) is { } clash)
            throw new RuleViolationException(clash.Field, string.Format(PlatformText.Get(message), clash.Taken, clash.HeldBy));
    }

    private async Task Save(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await catalogue.Reload(ct);
    }
}
