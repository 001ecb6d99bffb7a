using Federation.Kernel.Identity;

namespace Federation.Kernel.PersonalData;

/// <summary>Whether a reader gets a record type's personal fields in full.</summary>
public static class PersonalDataReading
{
    /// <summary>True for a holder of the type's permission (and the system); everyone else reads the fields masked.</summary>
    public static bool SeesInFull(this ICurrentUser reader, PersonalRecordType type) => reader.HasPermission(type.Permission);
}
