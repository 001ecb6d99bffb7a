using Federation.Kernel.Figures;

namespace Federation.Scorecard.Facts;

/// <summary>Where a cell sits: its KPI, month, organisation, breakdown row and distinct key.</summary>
internal readonly record struct KpiCellKey(
    string KpiKey, int Month, Guid OrganisationId, CellDimension Dimension, string Value, Guid ProgrammeId, string DistinctKey)
{
    /// <summary>
    /// Every cell a fact with these dimensions counts in: the total, its town, its area (when it has
    /// one), its country or region, its work line and its programme (when it has one). A missing
    /// town or country or region is a row of its own, as the breakdowns show it ("unspecified").
    /// </summary>
    public static IEnumerable<KpiCellKey> Of(
        string kpiKey, int month, Guid organisationId, string? town, string? area, string? countryOrRegion, string workLine,
        Guid? programmeId, string? distinctKey)
    {
        var distinct = distinctKey ?? "";
        yield return new(kpiKey, month, organisationId, CellDimension.Total, "", Guid.Empty, distinct);
        yield return new(kpiKey, month, organisationId, CellDimension.Town, town ?? "", Guid.Empty, distinct);
        if (area is not null) yield return new(kpiKey, month, organisationId, CellDimension.Area, area, Guid.Empty, distinct);
        yield return new(kpiKey, month, organisationId, CellDimension.CountryOrRegion, countryOrRegion ?? "", Guid.Empty, distinct);
        yield return new(kpiKey, month, organisationId, CellDimension.WorkLine, workLine, Guid.Empty, distinct);
        if (programmeId is { } programme) yield return new(kpiKey, month, organisationId, CellDimension.Programme, "", programme, distinct);
    }

    public static KpiCellKey Of(KpiCell cell) =>
        new(cell.KpiKey, cell.Month, cell.OrganisationId, cell.Dimension, cell.Value, cell.ProgrammeId, cell.DistinctKey);
}

/// <summary>
/// The additive parts of a cell: sums, the number of facts, and how many have each qualifier; with
/// the largest stated count, which is a maximum and so only grows when parts are added.
/// </summary>
internal readonly record struct CellParts(
    long ValueHundredths, long OutOfHundredths, int Facts, long TopHundredths, int Exact, int Ranges, int AtLeast, int About, long StatedHundredths)
{
    /// <summary>No facts: adding it changes nothing, and its stated count is below any other.</summary>
    public static readonly CellParts None = new(0, 0, 0, 0, 0, 0, 0, 0, long.MinValue);

    public static CellParts OfFact(long valueHundredths, long outOfHundredths, long? upToHundredths, Qualifier qualifier, bool hasDistinctKey) =>
        new(valueHundredths, outOfHundredths, 1, upToHundredths ?? valueHundredths,
            qualifier == Qualifier.Exact ? 1 : 0, qualifier == Qualifier.Range ? 1 : 0,
            qualifier == Qualifier.AtLeast ? 1 : 0, qualifier == Qualifier.About ? 1 : 0,
            hasDistinctKey ? 0 : valueHundredths);

    public static CellParts Of(KpiCell cell) => new(cell.ValueHundredths, cell.OutOfHundredths, cell.Facts, cell.TopHundredths,
        cell.Exact, cell.Ranges, cell.AtLeast, cell.About, cell.StatedHundredths);

    public CellParts Plus(CellParts other) => new(
        ValueHundredths + other.ValueHundredths, OutOfHundredths + other.OutOfHundredths, Facts + other.Facts, TopHundredths + other.TopHundredths,
        Exact + other.Exact, Ranges + other.Ranges, AtLeast + other.AtLeast, About + other.About,
        Math.Max(StatedHundredths, other.StatedHundredths));

    /// <summary>The sums and counts less <paramref name="other"/>'s; the stated count is left as it was.</summary>
    public CellParts Less(CellParts other) => new(
        ValueHundredths - other.ValueHundredths, OutOfHundredths - other.OutOfHundredths, Facts - other.Facts, TopHundredths - other.TopHundredths,
        Exact - other.Exact, Ranges - other.Ranges, AtLeast - other.AtLeast, About - other.About, StatedHundredths);

    /// <summary>The weakest qualifier any of the facts has, as <see cref="Qualifier"/>'s order runs from strongest to weakest.</summary>
    public Qualifier WeakestQualifier =>
        About > 0 ? Qualifier.About : AtLeast > 0 ? Qualifier.AtLeast : Ranges > 0 ? Qualifier.Range : Qualifier.Exact;
}
