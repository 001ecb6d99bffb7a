using Federation.Kernel.Kpis;
using Federation.Scorecard.Contracts;
using Federation.Kernel.RecycleBin;

namespace Federation.Talent.Partners;

/// <summary>Something a partner organisation set up in the city: a talent workstation, a social-practice centre.</summary>
internal sealed class PartnerBase : IReportsKpis, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => new(new("合作基地", "Partner base"), Name);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string PartnerOrganisation { get; set; }
    public required string Name { get; set; }
    public PartnerBaseKind Kind { get; set; }
    public DateOnly EstablishedOn { get; set; }
    public string? Town { get; set; }
    public string? PartnerCountryOrRegion { get; set; }
    public Guid? ProgrammeId { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}

internal enum PartnerBaseKind
{
    TalentWorkstation,
    SocialPracticeCentre,
    Other,
}
