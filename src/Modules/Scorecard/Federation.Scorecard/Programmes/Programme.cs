using Federation.Kernel.Persistence;

namespace Federation.Scorecard.Programmes;

/// <summary>
/// A programme or action plan (雁南归 2023–2025, the ten actions …) that admins configure:
/// its period, owner, and yearly targets on KPIs the modules declare.
/// </summary>
internal sealed class Programme : IVersioned, IOrganisationOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }

    /// <summary>The module it belongs to ("Investment"), or null for a cross-cutting plan.</summary>
    public string? WorkLine { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string OwningDepartment { get; set; }
    public Guid OrganisationId { get; set; }
    public List<ProgrammeTarget> Targets { get; set; } = [];

    /// <summary>
    /// Whether progress counts only the records tagged with this programme (雁南归's events), or
    /// all the work of its organisation and branches in its period (a year's action plan).
    /// </summary>
    public bool CountsTaggedOnly { get; set; }
    public int Version { get; set; }

    public bool Covers(int year) => StartsOn.Year <= year && EndsOn.Year >= year;

    public string Name(System.Globalization.CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh" ? NameZh : NameEn;

    public bool Overlaps(DateOnly from, DateOnly to) => StartsOn <= to && EndsOn >= from;
}

/// <summary>A yearly target on one KPI, e.g. letters of intent ≥ 20 a year; money targets are in yuan.</summary>
internal sealed record ProgrammeTarget(string KpiKey, decimal YearlyTarget);
