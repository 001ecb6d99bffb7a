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
        var backups = admin.MapGroup("/backups").WithTag("Administration: backups", "Database backups, for the top-level organisation's administrators.");
        // A backup holds every organisation's data: a branch's administrator may neither take nor list them.
        backups.MapGet("/", List).RequireWholePlatform(PlatformModule.Admin)
            .Describe("adminBackupsList", "List backups",
                "The database backups kept, newest first, with size and time; top-level administrators only.");
        backups.MapPost("/", Create).RequireWholePlatform(PlatformModule.Admin)
            .Describe("adminBackupsCreate", "Take a backup",
                "Takes a consistent backup of the database now; top-level administrators only.");
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
