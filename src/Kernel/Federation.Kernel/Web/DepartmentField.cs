using Federation.Kernel.Departments;

namespace Federation.Kernel.Web;

/// <summary>
/// A department pick-list, rendered by the shell's DepartmentSelect view component from the platform's
/// lists (IDepartmentDirectory), so any module's page, a drop-in one included, offers the same names:
/// <c>@(await Component.InvokeAsync("DepartmentSelect", new DepartmentField("Form.Department", L["Department"], DepartmentKind.Government, Model.Form.OrganisationId, Model.Form.Department)))</c>.
/// The name a record already holds stays offered even when it is no longer listed.
/// </summary>
/// <param name="Field">The form field (or query-string name for a filter).</param>
/// <param name="Label">The field's label in the reader's language.</param>
/// <param name="Kind">Which list: the federation's own departments or the government's.</param>
/// <param name="OrganisationId">The organisation whose list (with its parents') is offered; the reader's own when null.</param>
/// <param name="Values">The names chosen now: one, or several for a multiple choice.</param>
/// <param name="Required">Whether one must be chosen.</param>
/// <param name="Multiple">Whether several may be chosen (a session held with several departments).</param>
/// <param name="Filter">Drawn as a list filter: a small label and "全部" as the empty choice.</param>
/// <param name="Column">The Bootstrap column class that holds it.</param>
public sealed record DepartmentField(
    string Field, string Label, DepartmentKind Kind, Guid? OrganisationId, IReadOnlyList<string> Values,
    bool Required = false, bool Multiple = false, bool Filter = false, string Column = "col-md-6")
{
    /// <summary>A pick-list of one department, holding <paramref name="value"/> (or none).</summary>
    /// <param name="field">The form field (or query-string name for a filter).</param>
    /// <param name="label">The field's label in the reader's language.</param>
    /// <param name="kind">Which list.</param>
    /// <param name="organisationId">The organisation whose list is offered; the reader's own when null.</param>
    /// <param name="value">The name chosen now, or null.</param>
    /// <param name="required">Whether one must be chosen.</param>
    /// <param name="filter">Drawn as a list filter.</param>
    /// <param name="column">The Bootstrap column class that holds it.</param>
    public DepartmentField(string field, string label, DepartmentKind kind, Guid? organisationId, string? value,
        bool required = false, bool filter = false, string column = "col-md-6")
        : this(field, label, kind, organisationId, string.IsNullOrWhiteSpace(value) ? [] : [value], required, false, filter, column)
    {
    }

    /// <summary>The element id, when the page's script or label needs its own; else made from the field.</summary>
    public string? Id { get; init; }

    /// <summary>The names offered, filled by the view component.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
}
