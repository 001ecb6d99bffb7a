using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Enterprises.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Registry;

/// <summary>
/// An enterprise contact's PIPL requests (ADR 0032). A contact is a person inside an enterprise's
/// record, known by the enterprise and their place in its list ("{id}/2"): copied out with the
/// enterprise's facts, or erased — the name replaced, the phone cleared, the role and the
/// enterprise left as they were.
/// </summary>
internal sealed class ContactPersonalDataRequests(EnterprisesDbContext db, ICurrentUser user) : IPersonalDataHolder
{
    private const int MostFound = 50;

    public async Task<IReadOnlyList<PersonRecord>> Find(string text, CancellationToken ct)
    {
        // Contacts are one JSON column: read in scope and matched here, as the registry is a few thousand enterprises at most.
        var enterprises = await Scoped().AsNoTracking().ToListAsync(ct);
        return enterprises.SelectMany(e => e.Contacts.Select((c, i) => (e, c, place: i + 1)))
            .Where(x => x.c.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || (x.c.Phone?.Contains(text, StringComparison.Ordinal) ?? false))
            .Take(MostFound).Select(x => Person(x.e, x.c, x.place)).ToList();
    }

    public async Task<PersonRecord?> Person(string recordType, string key, CancellationToken ct)
    {
        if (recordType != ContactPersonalData.Type.RecordType || !TryParse(key, out var id, out var place)) return null;
        var enterprise = await Scoped().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        return enterprise is null || place > enterprise.Contacts.Count ? null : Person(enterprise, enterprise.Contacts[place - 1], place);
    }

    public async Task<PersonalDataCopy> Copy(PersonRecord person, CancellationToken ct)
    {
        var (enterprise, contact) = await Contact(person, ct);
        return new PersonalDataCopy(person,
        [
            new("contacts.name", new("联系人姓名", "Contact's name"), contact.Name, true),
            new(ContactPersonalData.PhoneField, new("联系人电话", "Contact's phone"), contact.Phone, true),
            new("contacts.role", new("联系人职务", "Contact's role"), contact.Role, false),
            new("enterprise", new("所在企业", "Enterprise"), enterprise.Name, false),
            new("creditCode", new("统一社会信用代码", "Unified social credit code"), enterprise.CreditCode, false),
            new("town", new("镇街", "Town"), enterprise.Town, false),
        ]);
    }

    public async Task<PersonErased> Erase(PersonRecord person, CancellationToken ct)
    {
        var (enterprise, contact) = await Contact(person, ct);
        TryParse(person.Key, out _, out var place);
        var placeholder = PersonalDataRedaction.Placeholder(enterprise.Id, place);
        var names = contact.Name == placeholder ? new List<string>() : [contact.Name];
        var values = contact.Phone is null ? new List<string>() : [contact.Phone];
        var contacts = enterprise.Contacts.ToList();
        contacts[place - 1] = contact with { Name = placeholder, Phone = null };
        enterprise.Contacts = contacts;
        enterprise.Notes = enterprise.Notes is null ? null : PersonalDataRedaction.Apply(enterprise.Notes, PersonalDataRedaction.Searchable(names.Concat(values)));
        // The contacts are one audited list: its earlier versions hold the other contacts too, so only the values known now are taken out.
        await db.SaveErasure(values, names, [enterprise.Id.ToString()], [], ct);
        var fields = new List<string>();
        if (names.Count > 0) fields.Add("contacts.name");
        if (values.Count > 0) fields.Add(ContactPersonalData.PhoneField);
        return new PersonErased(person with { Name = placeholder }, fields, values, names, [enterprise.Id.ToString()], []);
    }

    private async Task<(Enterprise, EnterpriseContact)> Contact(PersonRecord person, CancellationToken ct)
    {
        TryParse(person.Key, out var id, out var place);
        var enterprise = await Scoped().SingleAsync(e => e.Id == id, ct);
        return (enterprise, enterprise.Contacts[place - 1]);
    }

    // Deleted enterprises included: the recycle bin keeps them for 30 days, with their contacts.
    private IQueryable<Enterprise> Scoped() => db.Enterprises.IgnoreQueryFilters().VisibleTo(user);

    private static PersonRecord Person(Enterprise e, EnterpriseContact c, int place) =>
        new(ContactPersonalData.Type, $"{e.Id}/{place}", e.Id, c.Name, e.OrganisationId);

    private static bool TryParse(string key, out Guid id, out int place)
    {
        var parts = key.Split('/');
        place = 0;
        id = Guid.Empty;
        return parts.Length == 2 && Guid.TryParse(parts[0], out id) && int.TryParse(parts[1], out place) && place is >= 1 and <= 1000;
    }
}
