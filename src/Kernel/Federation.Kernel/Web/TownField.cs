namespace Federation.Kernel.Web;

/// <summary>
/// A town pick-list without an area, rendered by the shell's TownSelect view component, which reads
/// the platform's towns: <c>@await Component.InvokeAsync("TownSelect", new TownField("Form.Town", L["Town"], Model.Form.Town, true))</c>.
/// </summary>
/// <param name="Field">The form field, e.g. Form.Town.</param>
/// <param name="Label">The field's label in the reader's language.</param>
/// <param name="Town">The town the record holds, or null.</param>
/// <param name="Required">Whether one must be chosen.</param>
/// <param name="Column">The Bootstrap column class that holds it.</param>
/// <param name="Filter">A list's filter: a small label, and "all" when nothing is chosen.</param>
public sealed record TownField(string Field, string Label, string? Town, bool Required = false, string Column = "col-md-4", bool Filter = false);
