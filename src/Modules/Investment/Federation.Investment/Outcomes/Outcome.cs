using Federation.Kernel.Figures;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Investment.Outcomes;

/// <summary>
/// What an event or a branch achieved that is not a signed project: agreements signed (战略合作协议,
/// MoU, 框架协议), platforms or bases launched, organisations that joined, and trade cooperation
/// reached (贸易合作意向, an intent counted apart from won orders). "签署战略合作协议6份" is one
/// outcome of six; "12家行业协会加入合作联盟" one of twelve; each kind is a KPI of its own.
/// </summary>
internal sealed class Outcome : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public OutcomeKind Kind { get; set; }

    /// <summary>The report's own name for it: "战略合作协议", "合作联盟", "侨商创业基地".</summary>
    public required string Title { get; set; }
    public int Quantity { get; set; } = 1;
    public Qualifier QuantityQualifier { get; set; }
    public int? QuantityUpTo { get; set; }

    /// <summary>The intended amount of a trade cooperation, when the report gives one.</summary>
    public long? AmountFen { get; set; }
    public Qualifier AmountQualifier { get; set; }
    public long? AmountUpToFen { get; set; }
    public List<string> Parties { get; set; } = [];
    public DateOnly On { get; set; }
    public Guid? EventId { get; set; }
    public string? Town { get; set; }
    public Guid? ProgrammeId { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("活动成果", "Outcome"), Title,
        SearchDescription.Words([Town, .. Parties]), EventId is { } held ? $"/investment/events/{held}" : "/investment/events", InvestmentModule.Read);
    public DateTime CreatedAtUtc { get; private set; } = DateTime.UtcNow;
}

internal enum OutcomeKind
{
    /// <summary>Strategic cooperation agreements, MoUs, framework agreements.</summary>
    Agreement,

    /// <summary>Platforms, bases or centres launched (揭牌).</summary>
    Platform,

    /// <summary>Organisations or associations that joined (加入).</summary>
    OrganisationsJoined,

    /// <summary>Trade cooperation intents (贸易合作意向), with their intended amount.</summary>
    TradeCooperation,
}
