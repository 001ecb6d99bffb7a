namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _CountrySelect partial needs: a pick-list of every country and region
/// (Geography.CountryOrRegion, in the reader's language and order) posting the ISO code.
/// </summary>
/// <param name="Field">The form field, e.g. Form.BuyerCountryOrRegion.</param>
/// <param name="Label">The field's label in the reader's language.</param>
/// <param name="Code">The code the record holds, or null.</param>
/// <param name="Required">Whether one must be chosen (else the first choice is "none").</param>
/// <param name="Column">The Bootstrap column class that holds it; null for none (inside a row of the caller's own).</param>
public sealed record CountryField(string Field, string Label, string? Code, bool Required = false, string? Column = "col-md-4");
