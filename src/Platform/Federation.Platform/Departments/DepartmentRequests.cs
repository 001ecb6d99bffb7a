using Federation.Kernel.Departments;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Platform.Departments;

/// <summary>A department as an admin adds or renames it; <see cref="SortOrder"/> left out puts a new one last and keeps an old one's place.</summary>
internal sealed record DepartmentRequest(string? Name, DepartmentKind? Kind, Guid? OrganisationId, int? SortOrder, int? Version);

internal sealed class DepartmentRequestValidator : AbstractValidator<DepartmentRequest>
{
    public DepartmentRequestValidator()
    {
        RuleFor(r => r.Name).RequiredText(DepartmentLimits.NameLength);
        RuleFor(r => r.Kind).NotNull().WithMessage(_ => Federation.Kernel.Resources.Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.SortOrder).Between(0, DepartmentLimits.HighestSortOrder);
    }
}

/// <summary>A department as admins and pick-lists read it.</summary>
internal sealed record DepartmentResponse(Guid Id, Guid OrganisationId, DepartmentKind Kind, string Name, int SortOrder, int Version)
{
    public static DepartmentResponse From(Department d) => new(d.Id, d.OrganisationId, d.Kind, d.Name, d.SortOrder, d.Version);
}

/// <summary>The list of departments an admin reads: of one organisation, or of all they can see; of one kind or both.</summary>
internal sealed record DepartmentQuery(Guid? OrganisationId, DepartmentKind? Kind);

/// <summary>How long a name may be (the work lines' department columns hold 100) and where sort orders stop.</summary>
internal static class DepartmentLimits
{
    public const int NameLength = 100;
    public const int HighestSortOrder = 9999;
}
