using Federation.Kernel.Persistence;

namespace Federation.Scorecard.Funnel;

/// <summary>
/// A work-line record moving through a pipeline, at the newest version the scorecard has seen,
/// with its stays in each stage. A removed record keeps its row (with no stays) so an older
/// snapshot cannot bring it back.
/// </summary>
[NotAudited]
internal sealed class PipelineRecord
{
    public Guid Id { get; set; }
    public required string WorkLine { get; set; }
    public required string Pipeline { get; set; }
    public Guid OrganisationId { get; set; }
    public int Version { get; set; }

    /// <summary>The day it reached its first stage: the funnel's period picks records by it.</summary>
    public DateOnly? EnteredOn { get; set; }

    /// <summary>The order of the furthest funnel stage it reached (0 for the first); null when it reached none.</summary>
    public int? FurthestOrder { get; set; }
    public List<PipelineStay> Stays { get; set; } = [];
}

/// <summary>One stage a record reached, from the day it reached it until the day it reached the next (null while it stays).</summary>
[NotAudited]
internal sealed class PipelineStay
{
    public long Id { get; set; }
    public Guid RecordId { get; set; }
    public required string Stage { get; set; }
    public DateOnly ReachedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
}

/// <summary>A pipeline's stage as its module last declared it: the funnel's rows, in the module's order.</summary>
[NotAudited]
internal sealed class PipelineStageTitle
{
    public required string WorkLine { get; set; }
    public required string Pipeline { get; set; }
    public required string Key { get; set; }
    public int Order { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public bool LeavesPipeline { get; set; }
}
