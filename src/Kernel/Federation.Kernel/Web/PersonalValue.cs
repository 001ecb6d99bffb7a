namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's _PersonalValue partial draws for one personal field: the value as the reader
/// may see it and, when it is masked, a "show" button calling the record's logged show endpoint.
/// </summary>
/// <param name="Value">The value shown: in full, masked, or null (nothing recorded, or withheld).</param>
/// <param name="Masked">Whether <paramref name="Value"/> is masked, so the button is offered.</param>
/// <param name="Withheld">Whether the value exists but is not shown at all (the person did not agree to be contacted).</param>
/// <param name="ShowUrl">The record's show endpoint for this field, e.g. /api/talent/talents/{id}/personal-data?field=contact.</param>
public sealed record PersonalValue(string? Value, bool Masked, bool Withheld, string ShowUrl);
