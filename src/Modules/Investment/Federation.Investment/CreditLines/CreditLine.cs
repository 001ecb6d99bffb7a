using Federation.Kernel.Figures;
using Federation.Kernel.Kpis;
using Federation.Investment.Contracts;
using Federation.Kernel.Persistence;
using Federation.Scorecard.Contracts;
using Federation.Kernel.RecycleBin;

namespace Federation.Investment.CreditLines;

/// <summary>A bank credit line (银行授信) obtained for a group of enterprises, usually at an event.</summary>
internal sealed class CreditLine : IReportsKpis, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => new(new("银行授信", "Bank credit line"), $"{Bank} · {BeneficiaryGroup}");

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid? EventId { get; set; }
    public required string Bank { get; set; }
    public required string BeneficiaryGroup { get; set; }
    public long AmountFen { get; set; }

    /// <summary>How the report stated the amount: "获银行授信超过100亿元" is at least.</summary>
    public Qualifier AmountQualifier { get; set; }
    public DateOnly GrantedOn { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; private set; } = DateTime.UtcNow;

    public CreditLineSnapshot ToSnapshot() =>
        new(Id, OrganisationId, EventId, Bank, BeneficiaryGroup, AmountFen, GrantedOn, Version);
}
