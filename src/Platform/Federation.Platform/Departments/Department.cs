using Federation.Kernel.Departments;
using Federation.Kernel.Persistence;

namespace Federation.Platform.Departments;

/// <summary>
/// A department on an organisation's list (IDepartmentDirectory): one of its own (经济科技部) or a
/// government department it works with (市商务局). Within an organisation and kind no name is listed twice.
/// </summary>
internal sealed class Department : IVersioned, IOrganisationOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public DepartmentKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>Where pick-lists show it: lowest first, then by name.</summary>
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
