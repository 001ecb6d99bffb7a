using Federation.Enterprises.Contracts;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Enterprises.Concerns;

/// <summary>
/// A concern (诉求) an enterprise raised at a visit or a policy session, followed until it is
/// resolved or closed unresolved. Every step is dated and attributed in <see cref="Steps"/>.
/// </summary>
internal sealed class Concern : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid? EnterpriseId { get; private set; }
    public string? EnterpriseName { get; private set; }
    public string? Town { get; private set; }
    public Guid? VisitId { get; set; }
    public Guid? PolicySessionId { get; set; }
    public ConcernCategory Category { get; set; }
    public required string Description { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public ConcernStatus Status { get; private set; } = ConcernStatus.Open;

    /// <summary>The government department it is referred to (税务局, 自然资源局 …).</summary>
    public string? Department { get; private set; }

    /// <summary>The day it was resolved or closed unresolved.</summary>
    public DateOnly? SettledOn { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>The first day it was past due and not settled; set once and kept, even after it is settled.</summary>
    public DateOnly? OverdueSince { get; private set; }
    public DateOnly? LeadRaisedOn { get; private set; }
    public Guid? ProgrammeId { get; set; }
    public List<ConcernStep> Steps { get; private set; } = [];
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("诉求", "Concern"), Description.Length <= 60 ? Description : Description[..60],
        SearchDescription.Words(EnterpriseName, Town, Department, Description), $"/enterprises/concerns/{Id}", EnterprisesModule.Read);

    public void Follow(Enterprise? enterprise)
    {
        EnterpriseId = enterprise?.Id;
        EnterpriseName = enterprise?.Name;
        Town = enterprise?.Town;
    }

    public bool IsOverdue(DateOnly today) => ConcernRules.IsPending(Status) && DueOn < today;

    public void Raised(string by, DateTime atUtc) => Steps.Add(new ConcernStep(atUtc, RaisedOn, by, null, ConcernStatus.Open, null));

    /// <summary>Refers it to a department (again, when the first could not help), with a due date.</summary>
    public void Refer(string department, DateOnly? dueOn, DateOnly on, string by, DateTime atUtc, string? note)
    {
        Move(ConcernStatus.Referred, on, by, atUtc, note ?? department);
        Department = department;
        if (dueOn is not null) DueOn = dueOn;
    }

    public void Resolve(DateOnly on, string outcome, string by, DateTime atUtc)
    {
        Move(ConcernStatus.Resolved, on, by, atUtc, outcome);
        Settle(on, outcome);
    }

    public void CloseUnresolved(DateOnly on, string reason, string by, DateTime atUtc)
    {
        Move(ConcernStatus.ClosedUnresolved, on, by, atUtc, reason);
        Settle(on, reason);
    }

    /// <summary>Opens a settled concern again when the enterprise says it is not solved after all.</summary>
    public void Reopen(DateOnly on, string reason, string by, DateTime atUtc)
    {
        Move(ConcernStatus.Open, on, by, atUtc, reason);
        SettledOn = null;
        Outcome = null;
    }

    /// <summary>Marks a pending concern past its due date; the flag is kept so the scorecard counts it once.</summary>
    public bool MarkOverdue(DateOnly today)
    {
        if (OverdueSince is not null || !IsOverdue(today)) return false;
        OverdueSince = DueOn!.Value.AddDays(1);
        return true;
    }

    /// <summary>Records that an expansion plan was passed to the Investment work line as a lead; once only.</summary>
    public void RaiseLead(DateOnly on)
    {
        if (Category != ConcernCategory.Expansion)
            throw new RuleViolationException("category", EnterpriseText.Get("LeadNeedsExpansion"));
        if (EnterpriseId is null)
            throw new RuleViolationException("enterpriseId", EnterpriseText.Get("LeadNeedsEnterprise"));
        if (LeadRaisedOn is not null)
            throw new RuleViolationException("id", EnterpriseText.Format("LeadAlreadyRaised", LeadRaisedOn.Value.ToString("yyyy-MM-dd")));
        LeadRaisedOn = on;
    }

    private void Move(ConcernStatus to, DateOnly on, string by, DateTime atUtc, string? note)
    {
        if (!ConcernRules.CanMove(Status, to))
            throw new RuleViolationException("status", EnterpriseText.Format("ConcernMoveNotAllowed", EnterpriseText.Of(Status), EnterpriseText.Of(to)));
        if (on < RaisedOn)
            throw new RequestRejectedException("on", EnterpriseText.Format("ConcernDateBeforeRaised", RaisedOn.ToString("yyyy-MM-dd")));
        Steps.Add(new ConcernStep(atUtc, on, by, Status, to, note));
        Status = to;
    }

    private void Settle(DateOnly on, string outcome)
    {
        // Settled late without the daily check having seen it: it was overdue all the same.
        if (OverdueSince is null && DueOn < on) OverdueSince = DueOn.Value.AddDays(1);
        SettledOn = on;
        Outcome = outcome;
    }

    public ConcernSnapshot ToSnapshot() => new(Id, OrganisationId, EnterpriseId, Category, Status, Department, RaisedOn, DueOn, SettledOn, Version);
}

/// <summary>One dated, attributed step of a concern's life: who moved it from what to what, and why.</summary>
internal sealed record ConcernStep(DateTime AtUtc, DateOnly On, string By, ConcernStatus? From, ConcernStatus To, string? Note);

/// <summary>open → referred (again) → resolved, or closed unresolved; a settled concern may be reopened.</summary>
internal static class ConcernRules
{
    private static readonly Dictionary<ConcernStatus, ConcernStatus[]> Moves = new()
    {
        [ConcernStatus.Open] = [ConcernStatus.Referred, ConcernStatus.Resolved, ConcernStatus.ClosedUnresolved],
        [ConcernStatus.Referred] = [ConcernStatus.Referred, ConcernStatus.Resolved, ConcernStatus.ClosedUnresolved],
        [ConcernStatus.Resolved] = [ConcernStatus.Open],
        [ConcernStatus.ClosedUnresolved] = [ConcernStatus.Open],
    };

    public static bool CanMove(ConcernStatus from, ConcernStatus to) => Moves[from].Contains(to);

    public static IReadOnlyList<ConcernStatus> AllowedAfter(ConcernStatus from) => Moves[from];

    public static bool IsPending(ConcernStatus status) => status is ConcernStatus.Open or ConcernStatus.Referred;
}
