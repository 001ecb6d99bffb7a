using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.Scorecard.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Concerns;

/// <summary>
/// Refers the selected concerns to a department today ("assign"), the step a clerk takes on each one,
/// or tags them with a programme, in one save: every selected concern changes or none does. A concern
/// already settled cannot be referred, so a selection holding one is refused whole, naming it.
/// </summary>
internal static class ConcernBulkChange
{
    internal static async Task<Ok<BulkChangeResult>> Apply(
        BulkChange change, EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        if (change.Action == BulkChange.Tag)
            await programmes.EnsureTaggable(change.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        var ids = change.Ids!.Distinct().ToList();
        var concerns = change.All(await db.Concerns.VisibleTo(user).Where(c => ids.Contains(c.Id)).ToListAsync(ct), c => c.Id);
        var today = ChinaCalendar.Today(clock);
        if (change.Action == BulkChange.Assign)
        {
            var settled = concerns.Where(c => !ConcernRules.CanMove(c.Status, ConcernStatus.Referred) || c.RaisedOn > today).ToList();
            if (settled.Count > 0)
                throw new RuleViolationException("ids", EnterpriseText.Format("BulkReferSettled", string.Join("、", settled.Select(c => c.Description.Length <= 20 ? c.Description : c.Description[..20]))));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var concern in concerns)
        {
            if (change.Action == BulkChange.Assign) concern.Refer(change.Assignee!.Trim(), null, today, user.UserName, now, null);
            else concern.ProgrammeId = change.ProgrammeId;
            db.Publish(() => new ConcernChanged(concern.ToSnapshot(), Removed: false));
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new BulkChangeResult(change.Action!, concerns.Count));
    }
}
