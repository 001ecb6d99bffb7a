using Federation.Kernel.Http;
using Federation.Kernel.Kpis;
using Federation.RightsProtection.Registry;
using Federation.RightsProtection.Resources;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.RightsProtection.Cases;

/// <summary>
/// A rights protection case (侨益维权个案): who asked for help, about what, and how far the
/// federation has taken it — received, accepted, referred to a department or lawyer, then
/// resolved or closed — each step with its day.
/// </summary>
internal sealed class RightsCase : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string ComplainantName { get; set; }
    public ComplainantKind ComplainantKind { get; set; }

    /// <summary>A phone or address, kept only when the complainant agreed to it being recorded.</summary>
    public string? Contact { get; private set; }
    public bool ContactConsent { get; private set; }
    public CaseCategory Category { get; set; }
    public required string Matter { get; set; }
    public required string Town { get; set; }
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The registered enterprise the case concerns (an investment dispute, say); its name follows a rename.</summary>
    public Guid? EnterpriseId { get; private set; }
    public string? EnterpriseName { get; private set; }
    public CaseStatus Status { get; private set; } = CaseStatus.Received;
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? ReferredOn { get; private set; }

    /// <summary>The department or lawyer the case was referred to (区人社局, a volunteer lawyer …).</summary>
    public string? ReferredTo { get; private set; }

    /// <summary>The day it was resolved or closed, and what came of it.</summary>
    public DateOnly? SettledOn { get; private set; }
    public string? Outcome { get; private set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("维权个案", "Rights case"), Matter.Length <= 60 ? Matter : Matter[..60],
        SearchDescription.Words(ComplainantName, EnterpriseName, Town, Matter), $"/rights/cases/{Id}", RightsProtectionModule.Read);

    /// <summary>Records a contact only with the complainant's consent; withdrawing consent forgets it.</summary>
    public void Reachable(string? contact, bool consent)
    {
        ContactConsent = consent;
        Contact = consent ? contact : null;
    }

    public void Concerns(KnownEnterprise? enterprise)
    {
        EnterpriseId = enterprise?.Id;
        EnterpriseName = enterprise?.Name;
    }

    public void MoveTo(CaseStatus to, DateOnly on, string? referredTo, string? outcome)
    {
        if (!CaseStatusRules.CanMove(Status, to))
            throw new RuleViolationException("status", RightsText.Format("MoveNotAllowed", RightsText.Of(Status), RightsText.Of(to)));
        var after = LastStepOn;
        if (on < after) throw new RequestRejectedException("on", RightsText.Format("StepBeforeLast", after.ToString("yyyy-MM-dd")));
        switch (to)
        {
            case CaseStatus.Accepted:
                AcceptedOn = on;
                break;
            case CaseStatus.Referred:
                ReferredOn = on;
                ReferredTo = referredTo;
                break;
            default:
                SettledOn = on;
                Outcome = outcome;
                break;
        }
        Status = to;
    }

    /// <summary>The day of the latest step so far: no step may be dated before it.</summary>
    public DateOnly LastStepOn => ReferredOn ?? AcceptedOn ?? ReceivedOn;
}

/// <summary>Who asked for help: 归侨, 侨眷, 华侨 or 外籍华人.</summary>
internal enum ComplainantKind
{
    ReturnedOverseasChinese,
    RelativeOfOverseasChinese,
    OverseasChinese,
    ForeignNationalOfChineseOrigin,
}

/// <summary>What the case is about.</summary>
internal enum CaseCategory
{
    Property,
    Inheritance,
    Labour,
    InvestmentDispute,
    Other,
}

/// <summary>received → accepted → referred → resolved; accepted may be resolved directly; any open case may be closed.</summary>
internal enum CaseStatus
{
    Received,
    Accepted,
    Referred,
    Resolved,
    Closed,
}

internal static class CaseStatusRules
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Moves = new()
    {
        [CaseStatus.Received] = [CaseStatus.Accepted, CaseStatus.Closed],
        [CaseStatus.Accepted] = [CaseStatus.Referred, CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.Referred] = [CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.Resolved] = [],
        [CaseStatus.Closed] = [],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) => Moves[from].Contains(to);

    public static IReadOnlyList<CaseStatus> AllowedAfter(CaseStatus from) => Moves[from];

    public static bool IsOpen(CaseStatus status) => status is CaseStatus.Received or CaseStatus.Accepted or CaseStatus.Referred;
}
