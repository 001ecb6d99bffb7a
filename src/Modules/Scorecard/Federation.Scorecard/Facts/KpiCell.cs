using Federation.Kernel.Persistence;

namespace Federation.Scorecard.Facts;

/// <summary>
/// The facts of one KPI in one month, organisation and breakdown row, added up as the consumer
/// stores them: a year's dashboard reads a few hundred of these instead of grouping every fact.
/// Key columns hold '' or <see cref="Guid.Empty"/> rather than null, because a unique key treats
/// nulls as distinct and the upsert could not find its row.
/// </summary>
[NotAudited]
internal sealed class KpiCell
{
    public required string KpiKey { get; set; }

    /// <summary>yyyyMM, as on the facts.</summary>
    public int Month { get; set; }
    public Guid OrganisationId { get; set; }
    public CellDimension Dimension { get; set; }

    /// <summary>The town, area, country or region or work line the row is for; '' for none or for the total.</summary>
    public required string Value { get; set; }

    /// <summary>The programme of a <see cref="CellDimension.Programme"/> row; <see cref="Guid.Empty"/> in every other.</summary>
    public Guid ProgrammeId { get; set; }

    /// <summary>What a distinct count counts once; '' for the facts that have nothing to count (most of them).</summary>
    public required string DistinctKey { get; set; }

    public long ValueHundredths { get; set; }
    public long OutOfHundredths { get; set; }
    public int Facts { get; set; }

    /// <summary>The sum of each fact's top: its range's top, or its value.</summary>
    public long TopHundredths { get; set; }

    // How many facts have each qualifier, so the weakest one is still known after some are removed.
    public int Exact { get; set; }
    public int Ranges { get; set; }
    public int AtLeast { get; set; }
    public int About { get; set; }

    /// <summary>The largest value of a fact with no distinct key (a stated count); 0 in a row with one.</summary>
    public long StatedHundredths { get; set; }
}

/// <summary>The breakdowns a cell can belong to; months and organisations are columns of every cell.</summary>
internal enum CellDimension
{
    Total = 0,
    Town = 1,
    Area = 2,
    CountryOrRegion = 3,
    WorkLine = 4,
    Programme = 5,
}
