using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.RightsProtection.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.RightsProtection.Cases;

/// <summary>
/// A complainant's PIPL requests (ADR 0032): the case copied out, or the complainant's name and
/// contact erased from it — the category, town, dates and outcome stay for the case counts.
/// A drop-in work line takes part by answering the kernel's contract, as this one does.
/// </summary>
internal sealed class CasePersonalDataRequests(RightsDbContext db, ICurrentUser user) : IPersonalDataHolder
{
    private const int MostFound = 50;

    public async Task<IReadOnlyList<PersonRecord>> Find(string text, CancellationToken ct) =>
        (await Scoped().Where(c => c.ComplainantName.Contains(text) || (c.Contact != null && c.Contact.Contains(text)))
            .OrderBy(c => c.Id).Take(MostFound).ToListAsync(ct)).Select(Person).ToList();

    public async Task<PersonRecord?> Person(string recordType, string key, CancellationToken ct) =>
        recordType == CasePersonalData.Type.RecordType && Guid.TryParse(key, out var id)
            && await Scoped().FirstOrDefaultAsync(c => c.Id == id, ct) is { } found ? Person(found) : null;

    public async Task<PersonalDataCopy> Copy(PersonRecord person, CancellationToken ct)
    {
        var c = await Scoped().SingleAsync(x => x.Id == person.RecordId, ct);
        return new PersonalDataCopy(person,
        [
            new("complainantName", new("求助人", "Complainant"), c.ComplainantName, true),
            new(CasePersonalData.ContactField, new("联系方式", "Contact"), c.Contact, true),
            new("complainantKind", new("求助人身份", "Complainant is"), c.ComplainantKind.ToString(), false),
            new("category", new("类别", "Category"), c.Category.ToString(), false),
            new("matter", new("诉求", "Matter"), c.Matter, true),
            new("town", new("镇街", "Town"), c.Town, false),
            new("receivedOn", new("受理日期", "Received on"), c.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false),
            new("status", new("状态", "Status"), c.Status.ToString(), false),
            new("outcome", new("结果", "Outcome"), c.Outcome, false),
        ]);
    }

    public async Task<PersonErased> Erase(PersonRecord person, CancellationToken ct)
    {
        var c = await Scoped().SingleAsync(x => x.Id == person.RecordId, ct);
        var placeholder = PersonalDataRedaction.Placeholder(c.Id);
        var names = c.ComplainantName == placeholder ? new List<string>() : [c.ComplainantName];
        var values = c.Contact is null ? new List<string>() : [c.Contact];
        var searchable = PersonalDataRedaction.Searchable(names.Concat(values));
        c.ComplainantName = placeholder;
        c.Reachable(null, c.ContactConsent);
        // The matter and notes are the case's own words; only the complainant's name and contact leave them.
        c.Matter = PersonalDataRedaction.Apply(c.Matter, searchable);
        c.Notes = c.Notes is null ? null : PersonalDataRedaction.Apply(c.Notes, searchable);
        var earlier = await db.SaveErasure(values, names, [c.Id.ToString()], AuditedProperties, ct);
        var fields = new List<string>();
        if (names.Count > 0) fields.Add("complainantName");
        if (values.Count > 0) fields.Add(CasePersonalData.ContactField);
        return new PersonErased(person with { Name = placeholder }, fields, values, [.. names, .. earlier], [c.Id.ToString()], AuditedProperties);
    }

    private static readonly string[] AuditedProperties = [nameof(RightsCase.ComplainantName), nameof(RightsCase.Contact)];

    // Deleted cases included: the recycle bin keeps them for 30 days.
    private IQueryable<RightsCase> Scoped() => db.Cases.IgnoreQueryFilters().VisibleTo(user);

    private static PersonRecord Person(RightsCase c) => new(CasePersonalData.Type, c.Id.ToString(), c.Id, c.ComplainantName, c.OrganisationId);
}
