using Federation.Enterprises.Contracts;
using Federation.Kernel.Persistence;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Enterprises.Registry;

/// <summary>
/// An overseas-Chinese-funded enterprise (侨资企业) in the federation's registry, known by its
/// unified social credit code. Earlier names are kept: other work lines' records may carry them.
/// </summary>
internal sealed class Enterprise : IVersioned, IOrganisationOwned, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public List<string> FormerNames { get; private set; } = [];
    public required string CreditCode { get; set; }
    public required string Town { get; set; }
    public required string Industry { get; set; }
    public string? InvestorCountryOrRegion { get; set; }
    public List<EnterpriseContact> Contacts { get; set; } = [];
    public EnterpriseStatus Status { get; set; } = EnterpriseStatus.Operating;
    public string? Notes { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("企业", "Enterprise"), Name,
        SearchDescription.Words([CreditCode, Industry, Town, .. FormerNames]), $"/enterprises/registry/{Id}", EnterprisesModule.Read);

    /// <summary>Takes a new name, keeping the old one so records entered under it still match.</summary>
    public void Rename(string name)
    {
        if (name == Name) return;
        if (!FormerNames.Contains(Name)) FormerNames.Add(Name);
        FormerNames.Remove(name);
        Name = name;
    }

    /// <summary>Every name the enterprise is or was known by.</summary>
    public IEnumerable<string> AllNames() => FormerNames.Prepend(Name);

    public EnterpriseSnapshot ToSnapshot() => new(
        Id, OrganisationId, Name, FormerNames.ToList(), CreditCode, Town, Industry, InvestorCountryOrRegion,
        Status == EnterpriseStatus.Operating, Version);
}

/// <summary>A person to talk to at the enterprise.</summary>
internal sealed record EnterpriseContact(string Name, string? Role, string? Phone);

internal enum EnterpriseStatus
{
    Operating,
    MovedAway,
    Closed,
}
