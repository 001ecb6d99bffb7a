using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.RecycleBin;

/// <summary>The recycle bin: every module's deleted records of the last 30 days, and their restore. Admins only.</summary>
internal static class RecycleBinEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var bin = admin.MapGroup("/recycle-bin").WithTag("Administration: recycle bin", "Deleted work-line records, kept 30 days and restorable.");
        bin.MapGet("/", List).RequirePermission(PlatformModule.Admin)
            .Describe("adminRecycleBinList", "List the recycle bin",
                "The deleted work-line records still in the bin (filter module), with the days left before they are purged.");
        bin.MapPost("/{id:guid}/restore", Restore).RequirePermission(PlatformModule.Admin)
            .Describe("adminRecycleBinRestore", "Restore a deleted record",
                "Puts the record back with its id and a raised version (204); 409 when a record entered since holds its credit code.");
    }

    /// <param name="Module">Only this module's records (its name, e.g. "Investment").</param>
    /// <param name="Page">From 1.</param>
    /// <param name="PageSize">1 to 200; 50 when left out.</param>
    internal sealed record ListQuery(string? Module, int? Page, int? PageSize);

    /// <summary>A deleted record: what it was, where, who deleted it and when, and how many days are left to restore it.</summary>
    internal sealed record RecycledResponse(Guid Id, string Module, string ModuleTitle, string RecordType, string RecordId,
        string Kind, string Title, Guid OrganisationId, string DeletedBy, DateTime DeletedAtUtc, DateTime PurgeAtUtc, int DaysLeft);

    internal static async Task<Ok<PagedList<RecycledResponse>>> List([AsParameters] ListQuery query, RecycleBinQuery bin, CancellationToken ct) =>
        TypedResults.Ok(await bin.List(query, ct));

    internal static async Task<Results<NoContent, NotFound>> Restore(Guid id, RecycleBinRestore restore, CancellationToken ct) =>
        await restore.Run(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
