using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Resources;

namespace Federation.Kernel.Audit;

/// <summary>
/// Builds a module's <see cref="IAuditVocabulary"/> from its resx: each name is a key of the
/// module's texts, read in the reader's culture; a choice's labels are its "{Enum}.{Value}" keys.
/// </summary>
public sealed class AuditTerms(Type textMarker)
{
    private readonly TextResources text = new(textMarker);

    /// <summary>A record type named by <paramref name="nameKey"/>, with the fields the module names.</summary>
    public AuditRecordTerms Record(string entityType, string nameKey, params AuditFieldTerms[] fields) =>
        new(entityType, Name(nameKey), fields);

    /// <summary>A field shown as written.</summary>
    public AuditFieldTerms Text(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Text);

    /// <summary>An amount in fen, shown in 万元/亿元.</summary>
    public AuditFieldTerms Money(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Money);

    /// <summary>A date or a UTC time, shown as a date (a time in China time).</summary>
    public AuditFieldTerms Date(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Date);

    /// <summary>A yes-or-no field.</summary>
    public AuditFieldTerms Flag(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Flag);

    /// <summary>An organisation's id, shown by its name.</summary>
    public AuditFieldTerms Organisation(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Organisation);

    /// <summary>A user's id, shown by their display name.</summary>
    public AuditFieldTerms User(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.User);

    /// <summary>The id of another record (an event, a programme), shown by the name search knows it by.</summary>
    public AuditFieldTerms Reference(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Reference);

    /// <summary>A country or region's ISO code (or a list of them), shown by its name.</summary>
    public AuditFieldTerms Country(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Country);

    /// <summary>A town's name (or a list of them), shown in the reader's language.</summary>
    public AuditFieldTerms Town(string property, string nameKey) => new(property, Name(nameKey), AuditValueKind.Town);

    /// <summary>
    /// A value the module describes itself: one item of a list of small records (a contact, a
    /// target) as its JSON, written in the reader's language. A list is described item by item.
    /// </summary>
    public AuditFieldTerms Described(string property, string nameKey, Func<JsonElement, CultureInfo, string> describe) =>
        new(property, Name(nameKey), AuditValueKind.Described, Describe: describe);

    /// <summary>The text of one of the module's keys in a culture, for a <see cref="Described"/> field's wording.</summary>
    public string Wording(string key, CultureInfo culture) => text.Get(key, culture);

    /// <summary>The label of an enum value by its "{Enum}.{Value}" key, for a <see cref="Described"/> field's wording.</summary>
    public string Label<TEnum>(string value, CultureInfo culture) where TEnum : struct, Enum => text.Get($"{typeof(TEnum).Name}.{value}", culture);

    /// <summary>An enum field whose labels are the module's "{Enum}.{Value}" texts.</summary>
    public AuditFieldTerms Choice<TEnum>(string property, string nameKey) where TEnum : struct, Enum =>
        Choice<TEnum>(property, nameKey, text);

    /// <summary>A choice whose labels are another marker's texts (the kernel's <c>Qualifier.*</c>, say).</summary>
    public AuditFieldTerms Choice<TEnum>(string property, string nameKey, Type labelsMarker) where TEnum : struct, Enum =>
        Choice<TEnum>(property, nameKey, new TextResources(labelsMarker));

    private AuditFieldTerms Choice<TEnum>(string property, string nameKey, TextResources labels) where TEnum : struct, Enum =>
        new(property, Name(nameKey), AuditValueKind.Choice, (value, culture) => labels.Get($"{typeof(TEnum).Name}.{value}", culture));

    /// <summary>A technical field the log leaves out.</summary>
    public static AuditFieldTerms Hidden(string property) => new(property, _ => property, AuditValueKind.Hidden);

    private Func<CultureInfo, string> Name(string key) => culture => text.Get(key, culture);
}
