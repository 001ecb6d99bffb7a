using Federation.Kernel.Modules;

namespace Federation.Kernel.PersonalData;

/// <summary>What kind of personal information a field holds, which decides how it is masked.</summary>
public enum PersonalDataKind
{
    /// <summary>A phone number: 138****5678.</summary>
    Phone,
    /// <summary>An e-mail address: z***@example.com.</summary>
    Email,
    /// <summary>An identity or passport number: 4420**********1234.</summary>
    IdNumber,
    /// <summary>A postal address: the first characters, the rest starred.</summary>
    Address,
    /// <summary>A contact typed as one text, a phone number or an e-mail address: masked as whichever it reads as.</summary>
    Contact,
}

/// <summary>One personal field of a record type, by the name its API answer uses ("contact", "contacts.phone").</summary>
public sealed record PersonalField(string Name, PersonalDataKind Kind, LocalizedText Title);

/// <summary>
/// A record type that keeps people's personal data (PIPL), declared by its module: which fields,
/// and the permission that shows them in full. A reader without it gets the fields masked, can
/// show one record's field by an explicit, logged action, and exports them masked.
/// </summary>
/// <param name="Module">The module's name, as the access log records it ("Talent").</param>
/// <param name="RecordType">The record type, as the access log records it ("Talent").</param>
/// <param name="Title">The record type as users read it.</param>
/// <param name="Permission">The permission that shows the fields in full, from <see cref="PermissionDefinition.PersonalData"/>.</param>
/// <param name="Fields">The personal fields.</param>
public sealed record PersonalRecordType(string Module, string RecordType, LocalizedText Title, string Permission, IReadOnlyList<PersonalField> Fields)
{
    /// <summary>The declared field named <paramref name="name"/> (case-insensitive), or null.</summary>
    public PersonalField? Field(string? name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The field a "show" request names, or a 400 naming <c>field</c> when it names none of the declared ones.</summary>
    public PersonalField FieldAsked(string? name) =>
        string.IsNullOrWhiteSpace(name) ? throw new Http.RequestRejectedException("field", Resources.Text.Get("RequiredField"))
        : Field(name.Trim()) ?? throw new Http.RequestRejectedException("field", Resources.Text.Format("PersonalData.UnknownField", name.Length <= 50 ? name : name[..50]));
}

/// <summary>The answer of a "show" action: one record's personal field in full.</summary>
public sealed record ShownValue(string Field, string? Value);
