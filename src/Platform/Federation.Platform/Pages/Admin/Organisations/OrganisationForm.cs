using Federation.Platform.Organisations;
using static Federation.Platform.Organisations.OrganisationEndpoints;

namespace Federation.Platform.Pages.Admin.Organisations;

/// <summary>The fields of the create and edit forms, bound as "Form.Name" and so on.</summary>
internal sealed class OrganisationForm
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public OrganisationKind? Kind { get; set; }
    public Guid? ParentId { get; set; }
    public string? Town { get; set; }
    public int? Version { get; set; }

    /// <summary>Kinds a form may choose: the city federation is the root and only one.</summary>
    public static IReadOnlyList<OrganisationKind> Choosable { get; } =
        [OrganisationKind.BranchFederation, OrganisationKind.AffiliatedAssociation];

    public OrganisationRequest ToRequest() => new(Name, NameEn, Kind, ParentId, Town, Version);

    public static OrganisationForm From(OrganisationResponse o) =>
        new() { Name = o.Name, NameEn = o.NameEn, Kind = o.Kind, ParentId = o.ParentId, Town = o.Town, Version = o.Version };
}
