using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Investment.Contracts;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.Talent.Contracts;

namespace Federation.Enterprises.Timeline;

/// <summary>Keeps the newest version of every project the Investment work line reports; the investor is matched by name.</summary>
internal sealed class ProjectTimelineWriter(EnterprisesDbContext db) :
    IIntegrationEventHandler<ProjectStageReached>,
    IIntegrationEventHandler<ProjectStageReverted>,
    IIntegrationEventHandler<ProjectCorrected>,
    IIntegrationEventHandler<ProjectRemoved>
{
    public Task Handle(ProjectStageReached e, CancellationToken ct) => Keep(e.Project, ct);

    public Task Handle(ProjectStageReverted e, CancellationToken ct) => Keep(e.Project, ct);

    public Task Handle(ProjectCorrected e, CancellationToken ct) => Keep(e.Project, ct);

    public Task Handle(ProjectRemoved e, CancellationToken ct) => TimelineEntries.Remove(db, e.ProjectId, e.Version, ct);

    private Task Keep(ProjectSnapshot p, CancellationToken ct) =>
        TimelineEntries.Keep(db, p.ProjectId, p.Version, () => new TimelineEntry
        {
            OrganisationId = p.OrganisationId, Source = TimelineSource.InvestmentProject, WorkLine = "Investment", PartyName = p.InvestorName?.Trim() ?? "", Title = p.Name,
            On = p.Stages.Count == 0 ? default : p.Stages.Max(s => s.Date), State = p.Stage.ToString(), AmountFen = p.AmountFen,
            Active = p.Stage != ProjectStage.Dropped,
        }, ct);
}

/// <summary>Keeps the talents' letters of intent that name an employer, by credit code when the letter has one.</summary>
internal sealed class LetterTimelineWriter(EnterprisesDbContext db) : IIntegrationEventHandler<LetterOfIntentChanged>
{
    public Task Handle(LetterOfIntentChanged e, CancellationToken ct)
    {
        var l = e.Letter;
        if (e.Removed) return TimelineEntries.Remove(db, l.LetterId, l.Version, ct);
        return TimelineEntries.Keep(db, l.LetterId, l.Version, () => new TimelineEntry
        {
            OrganisationId = l.OrganisationId, Source = TimelineSource.LetterOfIntent, WorkLine = "Talent", CreditCode = l.EmployerCreditCode, PartyName = l.EmployerName.Trim(),
            // The letter names its talent by id only (ADR 0032): the timeline says a talent's letter, by degree, not whose.
            Title = "", On = l.SignedOn, State = l.Degree.ToString(), Active = l.Active,
        }, ct);
    }
}

/// <summary>Keeps what work lines written after this one report about enterprises (orders, say).</summary>
internal sealed class ReportedActivityWriter(EnterprisesDbContext db) : IIntegrationEventHandler<EnterpriseActivityReported>
{
    public Task Handle(EnterpriseActivityReported e, CancellationToken ct)
    {
        if (e.Removed) return TimelineEntries.Remove(db, e.ActivityId, e.Version, ct);
        return TimelineEntries.Keep(db, e.ActivityId, e.Version, () => new TimelineEntry
        {
            OrganisationId = e.OrganisationId, Source = TimelineSource.Reported, WorkLine = e.WorkLine, CreditCode = e.CreditCode, PartyName = e.EnterpriseName.Trim(),
            Title = e.Summary.Zh, SummaryZh = e.Summary.Zh, SummaryEn = e.Summary.En, On = e.On, AmountFen = e.AmountFen, Active = true,
        }, ct);
    }
}

/// <summary>The newest version wins, whatever order or how many times events arrive.</summary>
internal static class TimelineEntries
{
    public static async Task Keep(EnterprisesDbContext db, Guid id, int version, Func<TimelineEntry> current, CancellationToken ct)
    {
        var fresh = current();
        // A first entry is the fresh one, added with its id and version; a kept one takes its values.
        if (await db.TimelineEntries.Newer(id, version, () => fresh, ct) is not { } entry || ReferenceEquals(entry, fresh)) return;
        (fresh.Id, fresh.Version) = (id, version);
        db.Entry(entry).CurrentValues.SetValues(fresh);
    }

    public static async Task Remove(EnterprisesDbContext db, Guid id, int version, CancellationToken ct)
    {
        var entry = await db.TimelineEntries.Newer(id, version, () => new TimelineEntry { WorkLine = "", PartyName = "", Title = "" }, ct);
        if (entry is not null) entry.Removed = true;
    }
}
