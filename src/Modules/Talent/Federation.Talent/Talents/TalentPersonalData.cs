using Federation.Kernel.Modules;
using Federation.Kernel.PersonalData;

namespace Federation.Talent.Talents;

/// <summary>
/// A talent's contact is personal data: masked for readers without the permission, and withheld
/// from them altogether when the talent did not agree to be contacted.
/// </summary>
internal static class TalentPersonalData
{
    public const string ContactField = "contact";

    public static readonly PersonalRecordType Type = new(TalentModule.ModuleName, "Talent", new("人才", "Talent"), TalentModule.PersonalDataRead,
        [new PersonalField(ContactField, PersonalDataKind.Contact, new LocalizedText("联系方式", "Contact"))]);

    /// <summary>The contact as <paramref name="inFull"/> decides: the value, its mask, or nothing without consent.</summary>
    public static string? ShownContact(Talent talent, bool inFull) =>
        inFull ? talent.Contact : talent.ConsentToContact ? PersonalDataMask.Of(PersonalDataKind.Contact, talent.Contact) : null;

    public static PersonalDataSubject Subject(Talent talent) => new(talent.Id, talent.DisplayName, talent.OrganisationId);

    /// <summary>Logs the talents whose contact a holder of the permission just received in full.</summary>
    public static Task Disclosed(IPersonalDataLog log, PersonalDataAction action, IEnumerable<Talent> talents, string? reason, CancellationToken ct) =>
        log.Record(Type, action, talents.Where(t => t.Contact is not null).Select(Subject).ToList(), [ContactField], reason, ct);
}
