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
/// Throws the scorecard's facts away with its inbox, in one transaction, and lets the event
/// history be delivered again: the facts come back from what the work lines published, and only
/// from that. Events arriving meanwhile are safe: facts keep the highest version they see.
/// </summary>
internal static class Rebuild
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/rebuild", Run).WithTags("Scorecard").RequirePermission(ScorecardModule.Configure);

    internal sealed record RebuildResult(int EventsReplayed, int Projects, int Events, int CreditLines);

    internal static async Task<Ok<RebuildResult>> Run(ScorecardDbContext db, IEventHistory history, CancellationToken ct)
    {
        db.EventFacts.RemoveRange(await db.EventFacts.ToListAsync(ct));
        db.ProjectFacts.RemoveRange(await db.ProjectFacts.ToListAsync(ct));
        db.CreditLineFacts.RemoveRange(await db.CreditLineFacts.ToListAsync(ct));
        db.InboxMessages.RemoveRange(await db.InboxMessages.ToListAsync(ct));
        await db.SaveChangesAsync(ct);

        var replayed = await history.Replay(ct);
        return TypedResults.Ok(new RebuildResult(replayed,
            await db.ProjectFacts.CountAsync(ct), await db.EventFacts.CountAsync(ct), await db.CreditLineFacts.CountAsync(ct)));
    }
}
