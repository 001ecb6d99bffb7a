using Federation.Kernel.Persistence;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Scorecard.Programmes;

/// <summary>
/// A programme or action plan (雁南归 2023–2025, the ten actions …) that admins configure:
/// its period, owner, the event it was launched at, its numbered actions and yearly targets on
/// KPIs the modules declare.
/// </summary>
internal sealed class Programme : IVersioned, IOrganisationOwned, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }

    /// <summary>The module it belongs to ("Investment"), or null for a cross-cutting plan.</summary>
    public string? WorkLine { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>The last day, or null while it runs with no end set: federations launch action plans without one.</summary>
    public DateOnly? EndsOn { get; set; }
    public required string OwningDepartment { get; set; }
    public Guid OrganisationId { get; set; }

    /// <summary>
    /// The event it was launched at, as the user named it (侨助高质量发展大会·侨青专场), and that event's
    /// id in the work line holding it when known. Kept as given: the scorecard never reads another
    /// module's records, so the title is what it shows.
    /// </summary>
    public Guid? LaunchedAtEventId { get; set; }
    public string? LaunchedAt { get; set; }
    public List<ProgrammeAction> Actions { get; set; } = [];
    public List<ProgrammeTarget> Targets { get; set; } = [];

    /// <summary>
    /// Whether progress counts only the records tagged with this programme (雁南归's events), or
    /// all the work of its organisation and branches in its period (a year's action plan).
    /// </summary>
    public bool CountsTaggedOnly { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("工作计划", "Programme"), NameZh,
        SearchDescription.Words(NameEn, OwningDepartment, LaunchedAt), $"/scorecard/programmes/{Id}", ScorecardModule.Read);

    public bool Covers(int year) => StartsOn.Year <= year && (EndsOn is not { } end || end.Year >= year);

    public string Name(System.Globalization.CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? NameZh : NameEn;

    public bool Overlaps(DateOnly from, DateOnly to) => StartsOn <= to && (EndsOn is not { } end || end >= from);
}

/// <summary>A yearly target on one KPI, e.g. letters of intent ≥ 20 a year; money targets are in yuan.</summary>
internal sealed record ProgrammeTarget(string KpiKey, decimal YearlyTarget);

/// <summary>One of a programme's numbered actions (十大行动's 举办侨助高质量发展大会 …), in the plan's order.</summary>
internal sealed record ProgrammeAction(string Title, string? Description);
