using Federation.Kernel.Http;
using Federation.Scorecard.Figures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Federation.Scorecard.Funnel;

/// <summary>The pipelines' funnels of a year or a quarter (<c>?quarter=</c>), for the reader's scope.</summary>
internal static class FunnelEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/years/{year:int}/funnel", Read).WithTags("Scorecard").RequirePermission(ScorecardModule.Read)
            .Describe("scorecardFunnel", "Read the stage funnel",
                "How many records of each staged work line reached each stage in the year, and the conversion between stages.");

    internal static async Task<Ok<IReadOnlyList<PipelineFunnel>>> Read(
        int year, int? quarter, [AsParameters] ScorecardEndpoints.Scope scope, FunnelQuery query, CancellationToken ct) =>
        TypedResults.Ok(await query.Read(Period.Of(year, quarter), scope.OrganisationId, scope.IncludeBranches ?? true, ct));
}
