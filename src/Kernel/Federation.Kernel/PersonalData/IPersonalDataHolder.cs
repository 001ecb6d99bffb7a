using Federation.Kernel.Modules;

namespace Federation.Kernel.PersonalData;

/// <summary>
/// One person as one module knows them: a record of one of its <see cref="PersonalRecordType"/>s.
/// <paramref name="Key"/> names the person within the record type (a talent's id; an enterprise
/// contact's enterprise id and place, "{id}/2"); <paramref name="RecordId"/> is the record the
/// access log and the erasure register name.
/// </summary>
public sealed record PersonRecord(PersonalRecordType Type, string Key, Guid RecordId, string Name, Guid OrganisationId);

/// <summary>One fact a module holds about a person: a personal field (<paramref name="Personal"/>) or a related, non-personal fact.</summary>
public sealed record PersonalFact(string Field, LocalizedText Title, string? Value, bool Personal);

/// <summary>Everything one module holds about one person, for a subject access export.</summary>
public sealed record PersonalDataCopy(PersonRecord Person, IReadOnlyList<PersonalFact> Facts);

/// <summary>
/// What an erasure took out of one record: the fields, and the values that were in them, for the
/// platform to take out of its own copies (the audit log, search, the recycle bin). The values are
/// never stored. <paramref name="RelatedRecordIds"/> are the ids of the person's record and of the
/// records that named the person (a talent's letters of intent): only entries about those lose
/// the person's name, which other people may share. <paramref name="AuditedProperties"/> are the entity
/// properties (as the audit names them: "Contact") whose earlier values the audit entries of those
/// records keep and the erasure takes out too.
/// </summary>
public sealed record PersonErased(PersonRecord Person, IReadOnlyList<string> Fields, IReadOnlyList<string> ErasedValues,
    IReadOnlyList<string> ErasedNames, IReadOnlyList<string> RelatedRecordIds, IReadOnlyList<string> AuditedProperties);

/// <summary>
/// A module's answer to a person's PIPL requests (ADR 0032), found in its assembly like its due
/// items: find the person's records, copy what it holds about them, and erase their personal
/// fields in place so the non-personal facts, and the figures counted from them, stay. Each
/// method sees only what the current user's organisation scope sees, deleted records included.
/// </summary>
public interface IPersonalDataHolder
{
    /// <summary>The records whose person's name, phone or e-mail address is <paramref name="text"/> or contains it.</summary>
    Task<IReadOnlyList<PersonRecord>> Find(string text, CancellationToken ct);

    /// <summary>The person <paramref name="key"/> of <paramref name="recordType"/>; null when this module has no such person in scope.</summary>
    Task<PersonRecord?> Person(string recordType, string key, CancellationToken ct);

    /// <summary>What the module holds about <paramref name="person"/>, found with <see cref="Person"/> or <see cref="Find"/>.</summary>
    Task<PersonalDataCopy> Copy(PersonRecord person, CancellationToken ct);

    /// <summary>
    /// Redacts <paramref name="person"/>'s personal fields: the name becomes <see cref="PersonalDataRedaction.Placeholder(Guid)"/>,
    /// contacts and numbers are cleared. Saved with <see cref="Persistence.ModuleDbContext.SaveErasure"/>, so the module's
    /// outbox keeps none of the erased values. Erasing an erased person erases nothing and answers no values.
    /// </summary>
    Task<PersonErased> Erase(PersonRecord person, CancellationToken ct);
}
