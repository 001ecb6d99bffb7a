using System.Text.Json;
using Federation.Platform.Data;
using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Audit;

/// <summary>The audit log, newest first, filtered by who, which module, which record and when.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/audit", List).WithTag("Administration: audit log", "Every write to the platform, readable.").RequirePermission(PlatformModule.Audit)
            .Describe("adminAuditList", "Read the audit log",
                "Every write, by whom, when and what changed, in readable terms (filters userName, module, entityType, entityId and a date range).");

    internal sealed record ListQuery(string? UserName, string? Module, string? EntityType, string? EntityId,
        DateTime? From, DateTime? To, int? Page, int? PageSize);

    /// <summary>An entry as stored (<c>changes</c>, ids) and as a reader reads it (names in the request's language, <c>changed</c>).</summary>
    internal sealed record AuditEntryResponse(long Id, DateTime AtUtc, string Module, string EntityType, string EntityId,
        string Action, JsonElement Changes, Guid? UserId, string UserName,
        string? UserDisplayName, string ModuleTitle, string RecordType, string? RecordName, string ActionName,
        IReadOnlyList<AuditFieldChange> Changed);

    private static async Task<Ok<PagedList<AuditEntryResponse>>> List(
        [AsParameters] ListQuery query, AuditLogQuery log, CancellationToken ct) =>
        TypedResults.Ok(await log.List(query, ct));
}
