using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Places;

/// <summary>
/// Towns and their areas: admins keep them under /api/admin/places; every signed-in user reads
/// them for pick-lists at /api/places.
/// </summary>
internal static class PlaceEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var places = admin.MapGroup("/places").WithTag("Administration: towns and areas", "The towns and areas records are placed in, for administrators.");
        places.MapGet("/", List).RequirePermission(PlatformModule.Admin)
            .Describe("adminPlacesList", "List towns and areas",
                "Every town with its areas, including those taken out of use.");
        var towns = places.MapGroup("/towns");
        towns.MapPost("/", CreateTown).RequirePermission(PlatformModule.Admin).Validate<TownRequest>()
            .Describe("adminTownsCreate", "Add a town",
                "Adds a town to the pick-lists (201).");
        towns.MapPut("/{id:guid}", UpdateTown).RequirePermission(PlatformModule.Admin).Validate<TownRequest>()
            .Describe("adminTownsUpdate", "Change a town",
                "Renames the town or takes it out of use; send the version you read.");
        towns.MapDelete("/{id:guid}", RemoveTown).RequirePermission(PlatformModule.Admin)
            .Describe("adminTownsDelete", "Remove a town",
                "Removes a town no record uses; takes the version read as ?version=.");
        towns.MapPost("/{id:guid}/areas", AddArea).RequirePermission(PlatformModule.Admin).Validate<AreaRequest>()
            .Describe("adminTownAreasCreate", "Add an area to a town",
                "Adds an area (a village or community) under the town (201).");
        towns.MapPut("/{id:guid}/areas/{areaId:guid}", UpdateArea).RequirePermission(PlatformModule.Admin).Validate<AreaRequest>()
            .Describe("adminTownAreasUpdate", "Change an area",
                "Renames the area or takes it out of use; send the version you read.");
        towns.MapDelete("/{id:guid}/areas/{areaId:guid}", RemoveArea).RequirePermission(PlatformModule.Admin)
            .Describe("adminTownAreasDelete", "Remove an area",
                "Removes an area no record uses; takes the version read as ?version=.");
    }

    /// <summary>The pick-list read, outside the admin routes: the group it is mapped on already requires a signed-in user.</summary>
    public static void MapPickList(IEndpointRouteBuilder api) =>
        api.MapGet("/places", Towns).WithTag("Towns and areas", "The towns and areas in use, for forms and filters.")
            .Describe("placesList", "List towns and areas in use",
                "The towns and their areas a record may be placed in, for forms and filters.");

    private static async Task<Ok<IReadOnlyList<TownPlace>>> Towns(IPlaceDirectory places, CancellationToken ct) =>
        TypedResults.Ok(await places.Towns(ct));

    private static async Task<Ok<List<TownResponse>>> List(PlaceAdministration places, CancellationToken ct) =>
        TypedResults.Ok(await places.List(ct));

    private static async Task<Created<TownResponse>> CreateTown(TownRequest request, PlaceAdministration places, CancellationToken ct)
    {
        var created = await places.CreateTown(request, ct);
        return TypedResults.Created($"/api/admin/places/towns/{created.Id}", created);
    }

    private static async Task<Results<Ok<TownResponse>, NotFound>> UpdateTown(
        Guid id, TownRequest request, PlaceAdministration places, CancellationToken ct) =>
        await places.UpdateTown(id, request, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveTown(Guid id, int? version, PlaceAdministration places, CancellationToken ct) =>
        await places.RemoveTown(id, version, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Created<AreaResponse>, NotFound>> AddArea(
        Guid id, AreaRequest request, PlaceAdministration places, CancellationToken ct) =>
        await places.AddArea(id, request, ct) is { } created
            ? TypedResults.Created($"/api/admin/places/towns/{id}/areas/{created.Id}", created)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<AreaResponse>, NotFound>> UpdateArea(
        Guid id, Guid areaId, AreaRequest request, PlaceAdministration places, CancellationToken ct) =>
        await places.UpdateArea(id, areaId, request, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveArea(
        Guid id, Guid areaId, int? version, PlaceAdministration places, CancellationToken ct) =>
        await places.RemoveArea(id, areaId, version, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
