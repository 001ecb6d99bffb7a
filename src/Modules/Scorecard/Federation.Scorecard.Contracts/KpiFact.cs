using Federation.Kernel.Figures;
using Federation.Kernel.Kpis;
using Federation.Kernel.Persistence;

namespace Federation.Scorecard.Contracts;

/// <summary>
/// One contribution of a record to one KPI, with the dimensions the scorecard breaks figures down by.
/// <see cref="Value"/> is in the KPI's unit (yuan for money, exact to the fen).
/// </summary>
/// <param name="KpiKey">The key of a KPI the module declares.</param>
/// <param name="On">The date the fact counts on: an event's start, the day a project was signed.</param>
/// <param name="Value">What it adds; ignored by <see cref="KpiAggregation.Count"/>.</param>
/// <param name="OutOf">What it adds to the denominator of a <see cref="KpiAggregation.Ratio"/>.</param>
/// <param name="Town">The town (镇街) it belongs to, when it belongs to one.</param>
/// <param name="Area">The area inside the town (a new-town core area, a park), when the record names one.</param>
/// <param name="CountryOrRegion">An ISO code from <c>CountryOrRegion</c>, when the fact has one.</param>
/// <param name="DistinctKey">What a <see cref="KpiAggregation.DistinctCount"/> counts once (a country code).</param>
/// <param name="ProgrammeId">The programme the record is tagged with, if any.</param>
/// <param name="Qualifier">
/// How the record states <see cref="Value"/> ("200多人" is <see cref="Qualifier.AtLeast"/>); a sum
/// is as weak as its weakest part. For a <see cref="KpiAggregation.DistinctCount"/>, a fact with no
/// <see cref="DistinctKey"/> is a stated count ("来自30多个国家和地区"): the figure is at least that.
/// </param>
/// <param name="UpTo">The top of a <see cref="Qualifier.Range"/>.</param>
/// <param name="Label">What the report names the record by (a flagship conference's title), for KPIs that list names.</param>
public sealed record KpiFact(
    string KpiKey,
    DateOnly On,
    decimal Value = 1,
    decimal OutOf = 0,
    string? Town = null,
    string? CountryOrRegion = null,
    string? DistinctKey = null,
    Guid? ProgrammeId = null,
    Qualifier Qualifier = Qualifier.Exact,
    decimal? UpTo = null,
    string? Label = null,
    string? Area = null);

/// <summary>
/// A record a module owns that counts on the scorecard. What it counts for is declared with the
/// module's other KPI facts, in one place (<see cref="KpiFactSources"/>), and every save that adds,
/// changes or removes one publishes its whole current list (<see cref="KpiFactsChanged"/>), so the
/// scorecard never has to know the module's rules.
/// </summary>
public interface IReportsKpis : IVersioned, IOrganisationOwned
{
    /// <summary>The record's id; with the module and record type it identifies the record's facts on the scorecard.</summary>
    Guid Id { get; }
}
