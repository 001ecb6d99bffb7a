using Federation.Kernel.Kpis;
using Federation.Scorecard.Contracts;
using Federation.Kernel.RecycleBin;

namespace Federation.Trade.Commendations;

/// <summary>A commendation the federation received for its trade support (a banner from an exporter): from whom, when, for what.</summary>
internal sealed class Commendation : IReportsKpis, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => new(new("表彰", "Commendation"), From);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string From { get; set; }
    public CommendationKind Kind { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public required string Reason { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}

/// <summary>锦旗, 牌匾, 感谢信, other.</summary>
internal enum CommendationKind
{
    Banner,
    Plaque,
    Letter,
    Other,
}
