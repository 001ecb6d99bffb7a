using Federation.Kernel.PersonalData;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Modules;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Federation.Talent.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Talents;

/// <summary>
/// The talent ledger (人才库) from a spreadsheet. A row is a talent, known the way the module spots
/// duplicates: the same name at the same institution, or the same contact. A known talent is
/// corrected, and moved to the row's status through the status use case as by hand; a new one is
/// recorded through the add use case. Contacts travel by spreadsheet only with consent, as the
/// list's export writes them: a contact without consent is refused, and an empty contact cell never
/// erases a contact kept on the record (the export leaves it empty when the talent did not consent).
/// </summary>
internal sealed class TalentImport(
    TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory,
    IValidator<TalentRequest> talents, IValidator<StatusRequest> statuses) : ILedgerImport
{
    private IReadOnlyList<OrganisationSummary>? organisations;

    public string Name => "talents";
    public LocalizedText Title { get; } = Bilingual.Of(() => TalentText.Get("Talents"));
    public string Permission => TalentModule.Write;
    public Type ContextType => typeof(TalentDbContext);

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        ImportColumn.Of("nameZh", () => TalentText.Get("NameZh"), false, "陈思远"),
        ImportColumn.Of("nameForeign", () => TalentText.Get("NameForeign"), false, "Chen Siyuan"),
        ImportColumn.Of("degree", () => TalentText.Get("Degree"), true, "博士"),
        ImportColumn.Of("field", () => TalentText.Get("Field"), true, "材料科学"),
        ImportColumn.Of("institution", () => TalentText.Get("Institution"), true, "莫斯科国立大学"),
        ImportColumn.Of("country", () => TalentText.Get("StudyCountry"), true, "俄罗斯", "countryOrRegion"),
        ImportColumn.Of("status", () => TalentText.Get("Status"), false, "已见面"),
        ImportColumn.Of("contact", () => TalentText.Get("Contact"), false, "chensiyuan@example.org"),
        ImportColumn.Of("consent", () => TalentText.Get("Consent"), false, "是", "consentToContact"),
        ImportColumn.Of("consentRecordedOn", () => TalentText.Get("ConsentRecordedOn"), false, "2023-09-16"),
        ImportColumn.Of("howMet", () => TalentText.Get("HowMet"), false, "引才活动现场交流"),
        ImportColumn.Of("metAtEvent", () => TalentText.Get("MetAtEvent"), false, "“雁南归”澳门沙龙", "metAtEventId"),
        ImportColumn.Of("notes", () => TalentText.Get("Notes"), false, ""),
        ImportColumn.Of("organisation", () => TalentText.Get("Organisation"), false, "", "organisationId"),
    ];

    public string? Key(ImportRow row) =>
        (row.Text("nameZh") ?? row.Text("nameForeign")) is { } name && row.Text("institution") is { } institution
            ? $"{name} / {institution}"
            // The row report keeps the key: a contact in it is masked like anywhere else.
            : PersonalDataMask.Of(PersonalDataKind.Contact, row.Text("contact"));

    public async Task<ImportOutcome> Import(ImportRow row, CancellationToken ct)
    {
        organisations ??= await directory.VisibleTo(user, ct);
        var degree = row.Choice<Degree>("degree", TalentText.Of);
        var country = row.CountryOrRegion("country");
        var status = row.Choice<TalentStatus>("status", TalentText.Of);
        var consent = row.YesNo("consent");
        var consentOn = row.Date("consentRecordedOn");
        var organisation = row.Organisation("organisation", organisations);
        var contact = row.Text("contact");
        if (contact is not null && consent != true) row.Problem("contact", TalentText.Get("Import.ContactWithoutConsent"));

        var existing = await Known(row, contact, ct);
        var request = new TalentRequest(
            Kept(row, "nameZh", row.Text("nameZh"), existing?.NameZh),
            Kept(row, "nameForeign", row.Text("nameForeign"), existing?.NameForeign),
            degree, row.Text("field"), country, row.Text("institution"),
            // A masked export imports as it is: the mask stands for the contact recorded.
            existing is null ? contact : PersonalDataMask.Kept(contact, existing.Contact, TalentPersonalData.ShownContact(existing, false)) ?? existing.Contact,
            Kept(row, "howMet", row.Text("howMet"), existing?.HowMet),
            Kept(row, "metAtEvent", await Event(row, existing, ct), existing?.MetAtEventId),
            Kept(row, "consent", consent ?? false, existing?.ConsentToContact ?? false),
            Kept(row, "consentRecordedOn", consentOn, existing?.ConsentRecordedOn),
            Kept(row, "notes", row.Text("notes"), existing?.Notes),
            organisation, existing?.Version);
        await row.Validate(talents, request, ct);

        if (existing is null)
        {
            var added = (await TalentEndpoints.Create(request, db, user, ct)).Value!;
            if (status is { } wanted && wanted != added.Status) await Move(row, added.Id, wanted, ct);
            return ImportOutcome.Added;
        }
        var changed = Differs(existing, request);
        var moves = status is { } to && to != existing.Status;
        if (changed) Found(await TalentEndpoints.Correct(existing.Id, request, db, user, ct));
        if (moves) await Move(row, existing.Id, status!.Value, ct);
        return changed || moves ? ImportOutcome.Updated : ImportOutcome.Unchanged;
    }

    /// <summary>
    /// The talent the row is, by the module's duplicate rule. Two records matching one row are
    /// duplicates not yet merged: the row cannot tell which one it means.
    /// </summary>
    private async Task<Talent?> Known(ImportRow row, string? contact, CancellationToken ct)
    {
        var (zh, foreign, institution) = (row.Text("nameZh"), row.Text("nameForeign"), row.Text("institution"));
        var matches = await db.Talents.VisibleTo(user).Where(t => t.MergedIntoId == null)
            .Where(t => (institution != null && t.Institution == institution
                    && ((zh != null && t.NameZh == zh) || (foreign != null && t.NameForeign == foreign)))
                || (contact != null && t.Contact == contact))
            .Take(2).ToListAsync(ct);
        if (matches.Count < 2) return matches.SingleOrDefault();
        row.Problem(zh is not null ? "nameZh" : foreign is not null ? "nameForeign" : "contact", TalentText.Get("Import.SeveralTalents"));
        return null;
    }

    /// <summary>
    /// The event the talent was met at, by its title as the export writes it. The same salon may
    /// be held every year under one title, so the event already recorded wins among namesakes.
    /// </summary>
    private async Task<Guid?> Event(ImportRow row, Talent? existing, CancellationToken ct)
    {
        if (row.Text("metAtEvent") is not { } title) return null;
        var ids = await db.Events.AsNoTracking().VisibleTo(user).Where(e => e.Title == title).Select(e => e.Id).ToListAsync(ct);
        if (existing?.MetAtEventId is { } recorded && ids.Contains(recorded)) return recorded;
        if (ids.Count == 1) return ids[0];
        row.Problem("metAtEvent", TalentText.Format(ids.Count == 0 ? "Import.UnknownEvent" : "Import.SeveralEvents", title));
        return null;
    }

    private async Task Move(ImportRow row, Guid id, TalentStatus to, CancellationToken ct)
    {
        // Only a letter of intent makes a talent "intent signed"; say where that is recorded,
        // rather than only that the move is refused.
        if (to == TalentStatus.IntentSigned)
            throw new RuleViolationException("status",
                TalentText.Format("Import.StatusByLetter", TalentText.Of(to), TalentText.Get("Letters")));
        var version = await db.Talents.AsNoTracking().Where(t => t.Id == id).Select(t => t.Version).SingleAsync(ct);
        db.ChangeTracker.Clear();
        var request = new StatusRequest(to, version);
        await row.Validate(statuses, request, ct);
        Found(await TalentEndpoints.Move(id, request, db, user, ct));
    }

    /// <summary>An optional column the file leaves out keeps what the record has; one it has, empty or not, is taken as written.</summary>
    private static T Kept<T>(ImportRow row, string key, T written, T recorded) => row.Has(key) ? written : recorded;

    /// <summary>Whether the correction would change the record, compared as the use case stores it.</summary>
    private static bool Differs(Talent t, TalentRequest r)
    {
        var consent = r.ConsentToContact ?? false;
        return t.NameZh != Trimmed(r.NameZh) || t.NameForeign != Trimmed(r.NameForeign) || t.Degree != r.Degree
            || t.Field != r.Field!.Trim() || t.CountryOrRegion != r.CountryOrRegion || t.Institution != r.Institution!.Trim()
            || t.Contact != Trimmed(r.Contact) || t.HowMet != Trimmed(r.HowMet) || t.MetAtEventId != r.MetAtEventId
            || t.ConsentToContact != consent || t.ConsentRecordedOn != (consent ? r.ConsentRecordedOn : null)
            || Trimmed(t.Notes) != Trimmed(r.Notes) || (r.OrganisationId is { } owner && owner != t.OrganisationId);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Found(Results<Ok<TalentResponse>, NotFound> result)
    {
        if (result.Result is NotFound) throw new RequestRejectedException("nameZh", TalentText.Get("NoSuchTalent"));
    }
}
