using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Kernel.PersonalData;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Federation.Talent.Letters;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Talents;

/// <summary>
/// A talent's PIPL requests (ADR 0032): the talent's record and letters of intent copied out, or
/// the names and contact erased from them — the degree, field, country, status and letters stay,
/// so the scorecard counts the talent as before. Deleted talents are people too: the recycle bin's
/// copy is found and erased like any other.
/// </summary>
internal sealed class TalentPersonalDataRequests(TalentDbContext db, ICurrentUser user) : IPersonalDataHolder
{
    private const int MostFound = 50;

    public async Task<IReadOnlyList<PersonRecord>> Find(string text, CancellationToken ct) =>
        (await Scoped().Where(t => (t.NameZh != null && t.NameZh.Contains(text)) || (t.NameForeign != null && t.NameForeign.Contains(text))
                || (t.Contact != null && t.Contact.Contains(text)))
            .OrderBy(t => t.Id).Take(MostFound).ToListAsync(ct)).Select(Person).ToList();

    public async Task<PersonRecord?> Person(string recordType, string key, CancellationToken ct) =>
        recordType == TalentPersonalData.Type.RecordType && Guid.TryParse(key, out var id)
            && await Scoped().FirstOrDefaultAsync(t => t.Id == id, ct) is { } talent ? Person(talent) : null;

    public async Task<PersonalDataCopy> Copy(PersonRecord person, CancellationToken ct)
    {
        var talent = await Scoped().SingleAsync(t => t.Id == person.RecordId, ct);
        var letters = await Letters(talent.Id).AsNoTracking().OrderBy(l => l.SignedOn).ToListAsync(ct);
        List<PersonalFact> facts =
        [
            new("nameZh", new("中文姓名", "Name in Chinese"), talent.NameZh, true),
            new("nameForeign", new("外文姓名", "Name in other languages"), talent.NameForeign, true),
            new(TalentPersonalData.ContactField, new("联系方式", "Contact"), talent.Contact, true),
            new("consentToContact", new("同意联系", "Agreed to be contacted"), talent.ConsentToContact ? "是" : "否", false),
            new("consentRecordedOn", new("同意记录日期", "Consent recorded on"), Day(talent.ConsentRecordedOn), false),
            new("degree", new("学历", "Degree"), talent.Degree.ToString(), false),
            new("field", new("专业领域", "Field"), talent.Field, false),
            new("countryOrRegion", new("留学国家或地区", "Country or region of study"), talent.CountryOrRegion, false),
            new("institution", new("院校或机构", "Institution"), talent.Institution, false),
            new("howMet", new("结识经过", "How met"), talent.HowMet, true),
            new("status", new("状态", "Status"), talent.Status.ToString(), false),
            new("notes", new("备注", "Notes"), talent.Notes, true),
        ];
        foreach (var (letter, n) in letters.Select((l, i) => (l, i + 1)))
            facts.Add(new($"letters[{n}]", new($"落地意向书 {n}", $"Letter of intent {n}"),
                $"{letter.EmployerName} · {letter.Town} · {Day(letter.SignedOn)}{(letter.Active ? "" : " · 已撤回")}", false));
        return new PersonalDataCopy(person, facts);
    }

    public async Task<PersonErased> Erase(PersonRecord person, CancellationToken ct)
    {
        var talent = await Scoped().SingleAsync(t => t.Id == person.RecordId, ct);
        var letters = await Letters(talent.Id).ToListAsync(ct);
        var placeholder = PersonalDataRedaction.Placeholder(talent.Id);
        var names = new[] { talent.NameZh, talent.NameForeign, talent.DisplayName }
            .Concat(letters.Select(l => l.TalentName)).Where(n => n is not null && n != placeholder).Select(n => n!).Distinct().ToList();
        var values = talent.Contact is null ? new List<string>() : [talent.Contact];
        var fields = new List<string>();
        if (names.Count > 0) fields.AddRange(["nameZh", "nameForeign"]);
        if (talent.Contact is not null) fields.Add(TalentPersonalData.ContactField);
        var searchable = PersonalDataRedaction.Searchable(names.Concat(values));
        (talent.NameZh, talent.NameForeign, talent.Contact) = (placeholder, null, null);
        // Free text may have copied the name or the contact; the rest of it is the federation's own note.
        talent.HowMet = Redacted(talent.HowMet, searchable);
        talent.Notes = Redacted(talent.Notes, searchable);
        foreach (var letter in letters.Where(l => l.TalentName != placeholder))
        {
            letter.TalentName = placeholder;
            if (!db.IsRecycled(letter)) db.Publish(() => new LetterOfIntentChanged(letter.ToSnapshot(), Removed: false));
        }
        List<string> related = [talent.Id.ToString(), .. letters.Select(l => l.Id.ToString())];
        var earlier = await db.SaveErasure(values, names, related, AuditedProperties, ct);
        return new PersonErased(person with { Name = placeholder }, fields, values, [.. names, .. earlier], related, AuditedProperties);
    }

    // The talent's and its letters' properties holding the person, as the audit names them.
    private static readonly string[] AuditedProperties = [nameof(Talent.NameZh), nameof(Talent.NameForeign), nameof(Talent.Contact), nameof(LetterOfIntent.TalentName)];

    private static string? Redacted(string? text, IReadOnlyList<string> values) =>
        text is null ? null : PersonalDataRedaction.Apply(text, values);

    // Deleted records included: the recycle bin keeps them for 30 days, and they are the person's too.
    private IQueryable<Talent> Scoped() => db.Talents.IgnoreQueryFilters().VisibleTo(user);

    private IQueryable<LetterOfIntent> Letters(Guid talentId) => db.Letters.IgnoreQueryFilters().Where(l => l.TalentId == talentId);

    private static PersonRecord Person(Talent t) => new(TalentPersonalData.Type, t.Id.ToString(), t.Id, t.DisplayName, t.OrganisationId);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
