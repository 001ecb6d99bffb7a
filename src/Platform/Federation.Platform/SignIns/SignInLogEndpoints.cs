using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using static Federation.Platform.SignIns.SignInLogQuery;

namespace Federation.Platform.SignIns;

/// <summary>The sign-in log for admins: every attempt with a password, filtered by name, outcome, address and when.</summary>
internal static class SignInLogEndpoints
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/sign-ins", List).WithTag("Administration: sign-in log", "Every sign-in attempt and its outcome.").RequirePermission(PlatformModule.Audit)
            .Describe("adminSignInsList", "Read the sign-in log",
                "Every sign-in attempt with its address, browser and outcome (filters userName, outcome, address, from, to).");

    private static async Task<Ok<PagedList<SignInResponse>>> List([AsParameters] ListQuery query, SignInLogQuery log, CancellationToken ct) =>
        TypedResults.Ok(await log.List(query, ct));
}
