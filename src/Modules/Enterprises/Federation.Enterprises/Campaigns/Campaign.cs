using Federation.Kernel.Http;
using Federation.Kernel.Kpis;
using Federation.Enterprises.Resources;
using Federation.Scorecard.Contracts;
using Federation.Kernel.RecycleBin;

namespace Federation.Enterprises.Campaigns;

/// <summary>
/// A service campaign such as 百家侨企服务行动: a period, how many enterprises it means to serve,
/// and which leadership member visits which enterprise.
/// </summary>
internal sealed class Campaign : IReportsKpis, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => new(new("服务行动", "Service campaign"), Name);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int TargetEnterprises { get; set; }
    public Guid? ProgrammeId { get; set; }
    public string? Notes { get; set; }
    public List<Assignment> Assignments { get; private set; } = [];
    public int Version { get; set; }

    public bool Covers(DateOnly date) => date >= StartsOn && date <= EndsOn;

    public Assignment Assign(Guid enterpriseId, string enterpriseName, Guid leaderUserId, string leaderName)
    {
        if (Assignments.Any(a => a.EnterpriseId == enterpriseId))
            throw new RuleViolationException("enterpriseId", EnterpriseText.Get("AlreadyAssigned"));
        var assignment = new Assignment
        {
            CampaignId = Id, EnterpriseId = enterpriseId, EnterpriseName = enterpriseName, LeaderUserId = leaderUserId, LeaderName = leaderName,
        };
        Assignments.Add(assignment);
        return assignment;
    }
}

/// <summary>One enterprise assigned to one leadership member in a campaign; visited once any visit falls in the period.</summary>
internal sealed class Assignment
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public Guid EnterpriseId { get; set; }
    public required string EnterpriseName { get; set; }
    public Guid LeaderUserId { get; set; }
    public required string LeaderName { get; set; }

    /// <summary>The first visit to the enterprise within the campaign's period, or null.</summary>
    public DateOnly? VisitedOn { get; set; }
}
