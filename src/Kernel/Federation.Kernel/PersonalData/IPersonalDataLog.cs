using Federation.Kernel.Modules;

namespace Federation.Kernel.PersonalData;

/// <summary>How personal data left the product in full.</summary>
public enum PersonalDataAction
{
    /// <summary>Read in full by a holder of the permission (a record's page or API answer).</summary>
    Viewed,
    /// <summary>Shown by the explicit "show" action, for one record's field.</summary>
    Shown,
    /// <summary>Exported in full, in a workbook or a person's data copy, with a reason.</summary>
    Exported,
    /// <summary>Erased on the person's request (ADR 0032): the row is the erasure register's, naming the fields, never their values.</summary>
    Erased,
}

/// <summary>Whose personal data: the record, its name as users know it, and its owner (which scopes the log).</summary>
public sealed record PersonalDataSubject(Guid RecordId, string Name, Guid OrganisationId);

/// <summary>
/// The platform's personal-data access log: who saw or exported whose personal data, which
/// fields, when, why and from which address. Modules record every disclosure in full here; the
/// platform adds the reader and the address, and admins review it.
/// </summary>
[Port]
public interface IPersonalDataLog
{
    /// <summary>Records that the current reader received <paramref name="fields"/> of each subject in full.</summary>
    Task Record(PersonalRecordType type, PersonalDataAction action, IReadOnlyList<PersonalDataSubject> subjects,
        IReadOnlyList<string> fields, string? reason, CancellationToken ct);
}
