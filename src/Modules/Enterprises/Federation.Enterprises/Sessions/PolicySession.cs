using Federation.Kernel.Kpis;
using Federation.Scorecard.Contracts;
using Federation.Kernel.RecycleBin;

namespace Federation.Enterprises.Sessions;

/// <summary>A policy session with government departments (中山侨声·侨界与政府部门面对面): topic, who came, what was raised.</summary>
internal sealed class PolicySession : IReportsKpis, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => new(new("政策面对面", "Policy session"), Topic);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Topic { get; set; }
    public DateOnly HeldOn { get; set; }
    public List<string> Departments { get; set; } = [];
    public int Attendees { get; set; }
    public string? Venue { get; set; }
    public string? Notes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }
}

/// <summary>Measures issued jointly with a department (税侨共建: ten tax measures with the tax bureau), each an item.</summary>
internal sealed class JointMeasure : IReportsKpis, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => new(new("联合举措", "Joint measure"), Title);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public required string PartnerDepartment { get; set; }
    public DateOnly IssuedOn { get; set; }
    public List<string> Items { get; set; } = [];
    public string? Notes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }
}
