using Federation.Kernel.Persistence;

namespace Federation.Platform.Organisations;

/// <summary>
/// A node of the organisation tree: the city federation at the root, branch federations of
/// towns and sub-districts, and affiliated associations whose work the federation guides.
/// </summary>
internal sealed class Organisation : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public OrganisationKind Kind { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>The town or sub-district a branch federation serves, if any.</summary>
    public string? Town { get; set; }
    public int Version { get; set; }
}

internal enum OrganisationKind
{
    CityFederation,
    BranchFederation,
    AffiliatedAssociation,
}
