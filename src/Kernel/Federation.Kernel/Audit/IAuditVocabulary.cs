using System.Globalization;
using System.Text.Json;

namespace Federation.Kernel.Audit;

/// <summary>
/// What a module calls the records and fields it audits, so the platform's audit log reads in the
/// reader's language rather than in property names. The host finds every implementation in a
/// module's assembly by scanning; a record type or field nobody names is shown by its own name.
/// </summary>
public interface IAuditVocabulary
{
    /// <summary>The module whose entries these terms name (its <see cref="Modules.IModule.Name"/>).</summary>
    string Module { get; }

    /// <summary>The audited record types the module names, with their fields.</summary>
    IReadOnlyList<AuditRecordTerms> Records { get; }
}

/// <summary>How the values of an audited field read.</summary>
public enum AuditValueKind
{
    /// <summary>Shown as written.</summary>
    Text,
    /// <summary>An amount in fen, shown in 万元/亿元.</summary>
    Money,
    /// <summary>A date or time, shown as a date.</summary>
    Date,
    /// <summary>An enum value, shown by its label.</summary>
    Choice,
    /// <summary>True or false, shown as yes or no.</summary>
    Flag,
    /// <summary>An organisation's id, shown by its name.</summary>
    Organisation,
    /// <summary>A user's id, shown by their display name.</summary>
    User,
    /// <summary>Another record's id, shown by the name search knows it by.</summary>
    Reference,
    /// <summary>A country or region's code, shown by its name.</summary>
    Country,
    /// <summary>A town's name, shown in the reader's language.</summary>
    Town,
    /// <summary>A value the module describes itself, such as an item of a list of contacts or targets.</summary>
    Described,
    /// <summary>A technical value (a version, a key) the log does not show.</summary>
    Hidden,
}

/// <summary>One audited record type: its entity type name and what readers call it.</summary>
public sealed record AuditRecordTerms(string EntityType, Func<CultureInfo, string> Name, IReadOnlyList<AuditFieldTerms> Fields)
{
    /// <summary>The terms of the field, or null when the module does not name it.</summary>
    public AuditFieldTerms? Field(string property) => Fields.FirstOrDefault(f => f.Property == property);
}

/// <summary>One audited field: its property name, what readers call it and how its values read.</summary>
/// <param name="Property">The entity's property name, as the audit trail stores it.</param>
/// <param name="Name">What readers call the field, in a culture.</param>
/// <param name="Kind">How its values read.</param>
/// <param name="Label">For a <see cref="AuditValueKind.Choice"/>, the label of a value in a culture.</param>
/// <param name="Describe">For a <see cref="AuditValueKind.Described"/> field, how one value (one item of a list) reads in a culture.</param>
public sealed record AuditFieldTerms(string Property, Func<CultureInfo, string> Name, AuditValueKind Kind,
    Func<string, CultureInfo, string>? Label = null, Func<JsonElement, CultureInfo, string>? Describe = null);
