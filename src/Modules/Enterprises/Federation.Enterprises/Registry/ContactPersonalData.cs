using Federation.Kernel.Modules;
using Federation.Kernel.PersonalData;

namespace Federation.Enterprises.Registry;

/// <summary>
/// An enterprise contact's phone is personal data: masked for readers without the permission,
/// shown one contact at a time by the logged "show" action.
/// </summary>
internal static class ContactPersonalData
{
    public const string PhoneField = "contacts.phone";

    public static readonly PersonalRecordType Type = new(EnterprisesModule.ModuleName, "Enterprise", new("企业联系人", "Enterprise contacts"),
        EnterprisesModule.PersonalDataRead, [new PersonalField(PhoneField, PersonalDataKind.Phone, new LocalizedText("联系人电话", "Contact's phone"))]);

    public static IReadOnlyList<EnterpriseContact> Shown(IReadOnlyList<EnterpriseContact> contacts, bool inFull) =>
        inFull ? contacts : contacts.Select(c => c with { Phone = PersonalDataMask.Of(PersonalDataKind.Phone, c.Phone) }).ToList();

    /// <summary>
    /// The contacts a reader shown them masked means by sending them back: a phone sent as its mask
    /// keeps the stored phone of the contact of the same name.
    /// </summary>
    public static IReadOnlyList<EnterpriseContact> Kept(IReadOnlyList<EnterpriseContact> submitted, IReadOnlyList<EnterpriseContact> stored) =>
        submitted.Select(c => stored.FirstOrDefault(s => s.Name == c.Name) is { } known
            ? c with { Phone = PersonalDataMask.Kept(c.Phone, known.Phone, PersonalDataMask.Of(PersonalDataKind.Phone, known.Phone)) }
            : c).ToList();

    public static PersonalDataSubject Subject(Enterprise e) => new(e.Id, e.Name, e.OrganisationId);

    /// <summary>Logs the enterprises whose contacts' phones a holder of the permission just received in full.</summary>
    public static Task Disclosed(IPersonalDataLog log, PersonalDataAction action, IEnumerable<Enterprise> enterprises, CancellationToken ct) =>
        log.Record(Type, action, enterprises.Where(e => e.Contacts.Any(c => c.Phone is not null)).Select(Subject).ToList(), [PhoneField], null, ct);
}
