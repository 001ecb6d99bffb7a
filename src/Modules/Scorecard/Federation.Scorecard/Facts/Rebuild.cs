using Federation.Kernel.Http;
using Federation.Kernel.Messaging;
using Federation.Scorecard.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Facts;

/// <summary>
/// Throws the scorecard's facts and pipeline paths away with its inbox, in one transaction, and lets the event
/// history be delivered again: the facts come back from what the work lines published, and only
/// from that, and the consumer keeps their cells as it stores them. Events arriving meanwhile are
/// safe: records keep the highest version they see. <see cref="CellsFromFacts"/> counts the cells
/// again from the facts alone, without the history.
/// </summary>
internal static class Rebuild
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/rebuild", Run).WithTags("Scorecard").RequireWholePlatform(ScorecardModule.Configure)
            .Describe("scorecardRebuild", "Rebuild the scorecard",
                "Recomputes every scorecard fact from the event history; for the top-level organisation's administrators only.");

    internal sealed record RebuildResult(int EventsReplayed, int Records, int Facts);

    internal static async Task<Ok<RebuildResult>> Run(ScorecardDbContext db, IEventHistory history, CancellationToken ct)
    {
        await db.InBulkTransaction(async token =>
        {
            await db.KpiCells.ExecuteDeleteAsync(token);
            await db.KpiFacts.ExecuteDeleteAsync(token);
            await db.KpiRecords.ExecuteDeleteAsync(token);
            await db.PipelineStays.ExecuteDeleteAsync(token);
            await db.PipelineRecords.ExecuteDeleteAsync(token);
            await db.PipelineStages.ExecuteDeleteAsync(token);
            await db.InboxMessages.ExecuteDeleteAsync(token);
        }, ct);

        var replayed = await history.Replay(ct);
        return TypedResults.Ok(new RebuildResult(replayed, await db.KpiRecords.CountAsync(ct), await db.KpiFacts.CountAsync(ct)));
    }
}
