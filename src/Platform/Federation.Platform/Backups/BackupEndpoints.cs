using Federation.Kernel.Persistence;
using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Backups;

/// <summary>
/// The top-level organisation's admins take an online backup of the whole store and list the backups taken. Restoring is an
/// operator's job with the host stopped (docs/backup-and-restore.md), so there is no endpoint for it.
/// </summary>
internal static class BackupEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var backups = admin.MapGroup("/backups").WithTags("Administration: backups");
        // A backup holds every organisation's data: a branch's administrator may neither take nor list them.
        backups.MapGet("/", List).RequireWholePlatform(PlatformModule.Admin);
        backups.MapPost("/", Create).RequireWholePlatform(PlatformModule.Admin);
    }

    private static Ok<IReadOnlyList<BackupFile>> List(DatabaseBackups backups) => TypedResults.Ok(backups.List());

    // The request has no body: the file name comes from the clock, never from the caller.
    private static async Task<Results<Created<BackupFile>, Conflict, ProblemHttpResult>> Create(DatabaseBackups backups, CancellationToken ct)
    {
        try
        {
            return await backups.Create(ct) is { } created ? TypedResults.Created((string?)null, created) : TypedResults.Conflict();
        }
        catch (BackupFailedException failure)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The backup could not be taken.", detail: failure.Message);
        }
    }
}
