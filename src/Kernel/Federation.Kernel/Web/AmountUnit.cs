using Federation.Kernel.Money;

namespace Federation.Kernel.Web;

/// <summary>
/// An amount in yuan as the shell's amount inputs show it: the number in the unit it reads best in
/// (56 and 亿元 for 5,600,000,000 yuan), and the unit selector's field ("{field}.Unit").
/// </summary>
/// <param name="Field">The amount's form field, e.g. Form.AmountYuan.</param>
/// <param name="Yuan">The amount in yuan, or null when none is entered.</param>
public sealed record AmountUnit(string Field, decimal? Yuan)
{
    /// <summary>The unit chosen: 亿 from one hundred million, 万 from ten thousand (and for an empty input), else 元.</summary>
    public decimal Unit => AmountText.UnitFor(Yuan);

    /// <summary>The number shown in the input, in <see cref="Unit"/>.</summary>
    public string Shown => AmountText.InUnit(Yuan, Unit);
}

/// <summary>What the shell's _AmountField partial needs: an amount in yuan entered with a 元/万元/亿元 selector, or as "1亿", "5000万".</summary>
/// <param name="Field">The form field, e.g. Form.TargetAmount.</param>
/// <param name="Label">The field's label in the reader's language.</param>
/// <param name="Yuan">The amount in yuan, or null.</param>
/// <param name="Required">Whether the form needs it.</param>
/// <param name="Column">The Bootstrap column class that holds it.</param>
public sealed record AmountField(string Field, string Label, decimal? Yuan, bool Required = false, string Column = "col-md-4");
