using Federation.Kernel.Modules;
using Federation.Kernel.PersonalData;

namespace Federation.RightsProtection.Cases;

/// <summary>
/// A complainant's contact is personal data (ADR 0030): in full for the department's staff, masked
/// for everyone else, shown on a logged action. Lists answer it masked for everyone.
/// </summary>
internal static class CasePersonalData
{
    public const string ContactField = "contact";

    public static readonly PersonalRecordType Type = new(RightsProtectionModule.ModuleName, "RightsCase", new("维权个案", "Rights case"),
        RightsProtectionModule.PersonalDataRead, [new PersonalField(ContactField, PersonalDataKind.Contact, new LocalizedText("联系方式", "Contact"))]);

    public static string? Shown(RightsCase c, bool inFull) => inFull ? c.Contact : PersonalDataMask.Of(PersonalDataKind.Contact, c.Contact);

    public static Task Disclosed(IPersonalDataLog log, PersonalDataAction action, RightsCase c, CancellationToken ct) =>
        c.Contact is null ? Task.CompletedTask
            : log.Record(Type, action, [new PersonalDataSubject(c.Id, c.ComplainantName, c.OrganisationId)], [ContactField], null, ct);
}
