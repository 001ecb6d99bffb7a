using Federation.Investment.Contracts;
using Federation.Investment.Resources;
using Federation.Kernel.Figures;
using Federation.Kernel.Http;
using Federation.Kernel.Kpis;
using Federation.Kernel.Persistence;
using Federation.Kernel.Resources;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Investment.Projects;

/// <summary>
/// A project in the ledger (项目台账), followed from intent until it produces or is dropped. An
/// investor, industry or amount the report did not give stays null (未披露); an amount may be
/// qualified ("超过20亿元").
/// </summary>
internal sealed class Project : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? InvestorName { get; set; }
    public InvestorKind InvestorKind { get; set; }
    public string? InvestorCountryOrRegion { get; set; }
    public string? Industry { get; set; }
    public long? AmountFen { get; set; }
    public Qualifier AmountQualifier { get; set; }
    public long? AmountUpToFen { get; set; }
    public required string Town { get; set; }

    /// <summary>The area below the town (a new-town core area), when the record names one.</summary>
    public string? Area { get; set; }
    public Guid? EventId { get; set; }
    public string? ResponsibleStaff { get; set; }
    public Guid? ProgrammeId { get; set; }
    public ProjectStage Stage { get; private set; }
    public DateOnly StageDate { get; private set; }

    /// <summary>The date the project entered the ledger; the ledger's "year" filter reads it.</summary>
    public DateOnly RecordedOn { get; private set; }
    public DateOnly? NextFollowUpDue { get; private set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("招商项目", "Project"), Name,
        SearchDescription.Words(InvestorName, Industry, Town, Area, ResponsibleStaff), $"/investment/projects/{Id}", InvestmentModule.Read);
    public DateTime CreatedAtUtc { get; private set; } = DateTime.UtcNow;
    public List<ProjectStageChange> Stages { get; private set; } = [];
    public List<FollowUp> FollowUps { get; private set; } = [];

    public static Project Enter(ProjectDetails details, ProjectStage stage, DateOnly date, string recordedBy)
    {
        if (!ProjectStageRules.Initial.Contains(stage))
            throw new RequestRejectedException("stage", InvestmentText.Get("EntryStage"));
        var project = new Project { Name = details.Name, Town = details.Town };
        project.Apply(details);
        project.RecordedOn = date;
        project.Reach(stage, date, recordedBy);
        return project;
    }

    public void Apply(ProjectDetails details)
    {
        Name = details.Name;
        InvestorName = details.InvestorName;
        InvestorKind = details.InvestorKind;
        InvestorCountryOrRegion = details.InvestorCountryOrRegion;
        Industry = details.Industry;
        AmountFen = details.Amount?.Value.Fen;
        AmountQualifier = details.Amount?.Qualifier ?? Qualifier.Exact;
        AmountUpToFen = details.Amount?.UpTo?.Fen;
        Town = details.Town;
        Area = details.Area;
        EventId = details.EventId;
        ResponsibleStaff = details.ResponsibleStaff;
        ProgrammeId = details.ProgrammeId;
    }

    public void Advance(ProjectStage to, DateOnly date, string recordedBy)
    {
        if (!ProjectStageRules.CanMove(Stage, to))
        {
            var allowed = ProjectStageRules.AllowedAfter(Stage);
            throw new RuleViolationException("stage", allowed.Count == 0
                ? InvestmentText.Format("StageFinished", InvestmentText.Of(Stage), InvestmentText.Of(to))
                : InvestmentText.Format("StageNotAllowed", InvestmentText.Of(Stage),
                    string.Join(InvestmentText.Get("StageOr"), allowed.Select(s => $"“{InvestmentText.Of(s)}”")), InvestmentText.Of(to)));
        }
        if (date < StageDate)
            throw new RequestRejectedException("date", InvestmentText.Format("StageDateBefore", InvestmentText.Of(Stage), StageDate.ToString("yyyy-MM-dd")));
        Reach(to, date, recordedBy);
    }

    /// <summary>Takes back the last stage recorded (a correction); the entry stage cannot be taken back.</summary>
    public ProjectStage RevertLastStage()
    {
        if (Stages.Count < 2)
            throw new RuleViolationException("stage", InvestmentText.Get("NothingToRevert"));
        var last = Stages.OrderBy(s => s.Sequence).Last();
        Stages.Remove(last);
        var previous = Stages.OrderBy(s => s.Sequence).Last();
        Stage = previous.Stage;
        StageDate = previous.Date;
        return last.Stage;
    }

    public FollowUp AddFollowUp(DateOnly date, string note, string? nextStep, DateOnly? nextStepDue, string recordedBy)
    {
        if (nextStepDue is not null && nextStepDue < date)
            throw new RequestRejectedException("nextStepDue", Text.Get("DueBeforeDate"));
        var followUp = new FollowUp
        {
            ProjectId = Id, Date = date, Note = note, NextStep = nextStep, NextStepDue = nextStepDue, RecordedBy = recordedBy,
        };
        FollowUps.Add(followUp);
        NextFollowUpDue = FollowUps.OrderBy(f => f.Date).ThenBy(f => f.RecordedAtUtc).Last().NextStepDue;
        return followUp;
    }

    public ProjectSnapshot ToSnapshot() => new(
        Id, OrganisationId, Name, InvestorName, InvestorCountryOrRegion, Industry, AmountFen, Town, EventId, Stage,
        Stages.OrderBy(s => s.Sequence).Select(s => new StageReached(s.Stage, s.Date)).ToList(), Version);

    private void Reach(ProjectStage stage, DateOnly date, string recordedBy)
    {
        Stages.Add(new ProjectStageChange
        {
            ProjectId = Id, Stage = stage, Date = date, RecordedBy = recordedBy,
            Sequence = Stages.Count == 0 ? 1 : Stages.Max(s => s.Sequence) + 1,
        });
        Stage = stage;
        StageDate = date;
    }
}

/// <summary>The editable facts of a project, already validated.</summary>
internal sealed record ProjectDetails(
    string Name,
    string? InvestorName,
    InvestorKind InvestorKind,
    string? InvestorCountryOrRegion,
    string? Industry,
    StatedAmount? Amount,
    string Town,
    Guid? EventId,
    string? ResponsibleStaff,
    Guid? ProgrammeId,
    string? Area = null);

/// <summary>An amount as the report stated it: "超过20亿元" is 20亿 at least; a range has its top.</summary>
internal sealed record StatedAmount(Kernel.Money.Money Value, Qualifier Qualifier, Kernel.Money.Money? UpTo)
{
    public static StatedAmount? Of(decimal? yuan, Qualifier? qualifier, decimal? upToYuan) => yuan is null
        ? null
        : new(Kernel.Money.Money.FromYuan(yuan.Value), qualifier ?? Qualifier.Exact,
            upToYuan is null ? null : Kernel.Money.Money.FromYuan(upToYuan.Value));
}

internal enum InvestorKind
{
    Organisation,
    Person,
}

/// <summary>One stage the project reached, and when.</summary>
internal sealed class ProjectStageChange
{
    // Made in code, not by the store: the audit record is written before the insert and must name the row.
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public int Sequence { get; set; }
    public ProjectStage Stage { get; set; }
    public DateOnly Date { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; } = DateTime.UtcNow;
}

/// <summary>A dated follow-up (跟进记录): what happened, the next step and when it is due.</summary>
internal sealed class FollowUp
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public DateOnly Date { get; set; }
    public required string Note { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepDue { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; } = DateTime.UtcNow;
}
