using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using static Federation.Platform.PersonalData.PersonalDataLogQuery;

namespace Federation.Platform.PersonalData;

/// <summary>The personal-data access log for admins: who received whose personal data in full, filtered by who, module, record, action and when.</summary>
internal static class PersonalDataLogEndpoints
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/personal-data-access", List).WithTag("Administration: personal-data access log", "Who was shown whose personal data, and why.").RequirePermission(PlatformModule.Audit)
            .Describe("adminPersonalDataAccessList", "Read the personal-data access log",
                "Who was shown or exported whose personal data, when and why a page at a time.");

    private static async Task<Ok<PagedList<AccessResponse>>> List([AsParameters] ListQuery query, PersonalDataLogQuery log, CancellationToken ct) =>
        TypedResults.Ok(await log.List(query, ct));
}
