using Federation.Kernel.Kpis;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Trade.Pilots;

/// <summary>
/// A trade pilot (以侨助贸试点): a town and a period in which overseas networks are used to win
/// orders for its enterprises, with a target amount the confirmed orders are measured against.
/// </summary>
internal sealed class TradePilot : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

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

    public SearchDescription DescribeForSearch() => new(new("外贸试点", "Trade pilot"), Name,
        SearchDescription.Words([Town, .. Participants]), $"/trade/pilots/{Id}/edit", TradeModule.Read);
}
