using Federation.Kernel.Kpis;

namespace Federation.Trade.Pilots;

/// <summary>
/// A trade pilot (以侨助贸试点): a town and a period in which overseas networks are used to win
/// orders for its enterprises, with a target amount the confirmed orders are measured against.
/// </summary>
internal sealed class TradePilot : IReportsKpis
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string Town { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public long TargetAmountFen { get; set; }
    public List<string> Participants { get; set; } = [];
    public string? Notes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }

    /// <summary>The target counts in the achievement's denominator on the pilot's first day; the orders bring the numerator.</summary>
    public IEnumerable<KpiFact> KpiFacts()
    {
        yield return new(TradeKpis.Pilots, StartsOn, Town: Town, ProgrammeId: ProgrammeId);
        if (TargetAmountFen > 0)
            yield return new(TradeKpis.PilotAchievement, StartsOn, Value: 0, OutOf: TargetAmountFen / 100m, Town: Town, ProgrammeId: ProgrammeId);
    }
}
