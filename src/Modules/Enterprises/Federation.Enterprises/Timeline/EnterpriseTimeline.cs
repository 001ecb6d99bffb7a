using System.Globalization;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Timeline;

/// <summary>
/// Everything the federation did with one enterprise, newest first: this module's visits and
/// concerns, and what the other work lines reported through their events. Reads only this module's tables.
/// </summary>
internal sealed class EnterpriseTimeline(EnterprisesDbContext db, ICurrentUser user)
{
    public async Task<IReadOnlyList<TimelineItem>> For(Enterprise enterprise, CancellationToken ct)
    {
        var visits = await db.Visits.AsNoTracking().VisibleTo(user).Where(v => v.EnterpriseId == enterprise.Id).ToListAsync(ct);
        var concerns = await db.Concerns.AsNoTracking().VisibleTo(user).Where(c => c.EnterpriseId == enterprise.Id).ToListAsync(ct);
        var names = enterprise.AllNames().ToList();
        var code = enterprise.CreditCode;
        var others = await db.TimelineEntries.AsNoTracking().VisibleTo(user)
            .Where(t => !t.Removed && (t.CreditCode == code || (t.CreditCode == null && names.Contains(t.PartyName))))
            .ToListAsync(ct);
        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        return visits.Select(v => new TimelineItem(v.VisitedOn, TimelineKind.Visit, EnterprisesModule.ModuleName,
                string.Join("、", v.Visitors), v.Purpose.ToString(), null, true, v.Id, v.Notes))
            .Concat(concerns.Select(c => new TimelineItem(c.RaisedOn, TimelineKind.Concern, EnterprisesModule.ModuleName,
                c.Description, c.Status.ToString(), null, ConcernRules.IsPending(c.Status) || c.Status == ConcernStatus.Resolved, c.Id, c.Category.ToString())))
            .Concat(others.Select(t => new TimelineItem(t.On, Kind(t.Source), t.WorkLine,
                t.Source == TimelineSource.Reported ? (chinese ? t.SummaryZh : t.SummaryEn) ?? t.Title : t.Title,
                t.State, t.AmountFen, t.Active, t.Id, null)))
            .OrderByDescending(i => i.On).ThenBy(i => i.Kind)
            .ToList();
    }

    private static TimelineKind Kind(TimelineSource source) => source switch
    {
        TimelineSource.InvestmentProject => TimelineKind.InvestmentProject,
        TimelineSource.LetterOfIntent => TimelineKind.LetterOfIntent,
        _ => TimelineKind.Reported,
    };
}

internal enum TimelineKind
{
    Visit,
    Concern,
    InvestmentProject,
    LetterOfIntent,
    Reported,
}

/// <summary>
/// One line of the timeline. <see cref="Title"/> is what happened (who visited, the concern, the project,
/// the talent); <see cref="State"/> is a key the page names (a visit purpose, a concern status, a project
/// stage, a degree); <see cref="Detail"/> is a visit's notes or a concern's category.
/// </summary>
internal sealed record TimelineItem(
    DateOnly On, TimelineKind Kind, string WorkLine, string Title, string? State, long? AmountFen, bool Active, Guid SourceId, string? Detail);
