using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Scorecard.Contracts;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Events;

/// <summary>
/// Tags the selected talent events with a programme (雁南归 …) the way a correction of each would (the
/// same TalentEventChanged event and audit entry), in one save: every selected event changes or none does.
/// Talent events name no responsible person, so "assign" is not offered.
/// </summary>
internal static class TalentEventBulkChange
{
    internal static async Task<Ok<BulkChangeResult>> Apply(
        BulkChange change, TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        if (change.Action != BulkChange.Tag)
            throw new Kernel.Http.RequestRejectedException("action", Kernel.Resources.Text.Get("Bulk.Action"));
        await programmes.EnsureTaggable(change.ProgrammeId, TalentModule.ModuleName, "programmeId", ct);
        var ids = change.Ids!.Distinct().ToList();
        var events = change.All(await db.Events.VisibleTo(user).Where(e => ids.Contains(e.Id)).ToListAsync(ct), e => e.Id);
        foreach (var held in events)
        {
            held.ProgrammeId = change.ProgrammeId;
            db.Publish(() => new TalentEventChanged(held.ToSnapshot(), Removed: false));
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new BulkChangeResult(change.Action, events.Count));
    }
}
