using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Modules;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Geography;

namespace Federation.Enterprises.Registry;

/// <summary>
/// The registry of overseas-Chinese-funded enterprises (侨企名录) from a spreadsheet. A row is an
/// enterprise, known by its unified social credit code, or, when the row has none, by its name,
/// current or former. A known enterprise is corrected (and renamed, keeping the old name) through
/// the correction use case, a new one registered through registration, so the code stays unique
/// and visits and concerns follow a rename. Former names are kept by renaming, never typed in:
/// the former-names column finds a known enterprise and names a new one's earlier names.
/// </summary>
internal sealed class EnterpriseImport(
    EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory, IValidator<EnterpriseRequest> validator, IPlaceDirectory places) : ILedgerImport
{
    /// <summary>The longest name the registration validator takes.</summary>
    private const int MaxName = 200;

    private IReadOnlyList<OrganisationSummary>? organisations;

    public string Name => "enterprises";
    public LocalizedText Title { get; } = Bilingual.Of(() => EnterpriseText.Get("Registry"));
    public string Permission => EnterprisesModule.Write;
    public Type ContextType => typeof(EnterprisesDbContext);

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        ImportColumn.Of("name", () => EnterpriseText.Get("EnterpriseName"), true, "中山市侨丰电器有限公司"),
        ImportColumn.Of("formerNames", () => EnterpriseText.Get("FormerNames"), false, "中山侨丰电器厂"),
        ImportColumn.Of("creditCode", () => EnterpriseText.Get("CreditCode"), false, Kernel.Registry.CreditCode.Complete("91442000MA4W8XK3P")),
        ImportColumn.Of("town", () => EnterpriseText.Get("Town"), true, "火炬开发区"),
        ImportColumn.Of("industry", () => EnterpriseText.Get("Industry"), true, "智能家电"),
        ImportColumn.Of("country", () => EnterpriseText.Get("InvestorFrom"), false, "中国香港", "investorCountryOrRegion"),
        ImportColumn.Of("status", () => EnterpriseText.Get("Status"), false, "正常经营"),
        ImportColumn.Of("contacts", () => EnterpriseText.Get("Contacts"), false, "陈先生 总经理 0760-88888888、李女士 财务 13800000000"),
        ImportColumn.Of("notes", () => EnterpriseText.Get("Notes"), false, ""),
        ImportColumn.Of("organisation", () => EnterpriseText.Get("Organisation"), false, "", "organisationId"),
    ];

    public string? Key(ImportRow row) => RegistryLookup.Code(row.Text("creditCode")) ?? row.Text("name");

    public async Task<ImportOutcome> Import(ImportRow row, CancellationToken ct)
    {
        organisations ??= await directory.VisibleTo(user, ct);
        var country = row.CountryOrRegion("country");
        var status = row.Choice<EnterpriseStatus>("status", EnterpriseText.Of);
        var organisation = row.Organisation("organisation", organisations);
        row.ThrowIfProblems();

        var code = RegistryLookup.Code(row.Text("creditCode"));
        var existing = await Known(row, code, ct);
        row.ThrowIfProblems();

        if (existing is null)
        {
            var registration = new EnterpriseRequest(row.Text("name"), code, row.Text("town"), row.Text("industry"), country,
                Contacts(row, null), status, row.Text("notes"), organisation, null);
            await row.Validate(validator, registration, ct);
            await Register(row, registration, ct);
            return ImportOutcome.Added;
        }

        // A column the file leaves out keeps what is recorded (the export has no notes column); an
        // empty cell clears what may be empty. The status cannot be empty, so an empty cell keeps it.
        var correction = new EnterpriseRequest(row.Text("name"), code ?? existing.CreditCode, row.Text("town"), row.Text("industry"),
            row.Has("country") ? country : existing.InvestorCountryOrRegion, Contacts(row, existing), status ?? existing.Status,
            row.Has("notes") ? row.Text("notes") : existing.Notes, organisation, existing.Version);
        await row.Validate(validator, correction, ct);
        if (!Differs(existing, correction)) return ImportOutcome.Unchanged;
        if ((await EnterpriseEndpoints.Correct(existing.Id, correction, db, user, places, ct)).Result is NotFound)
            throw new RequestRejectedException("name", EnterpriseText.Get("Import.RecordGone"));
        return ImportOutcome.Updated;
    }

    /// <summary>
    /// Registers a new enterprise. The registry learns former names only by renaming, so one that
    /// comes with former names is registered under the first of them and renamed through the rest,
    /// as it would have been by hand, and an exported registry imports into an empty one whole.
    /// </summary>
    private async Task Register(ImportRow row, EnterpriseRequest registration, CancellationToken ct)
    {
        var name = registration.Name!.Trim();
        var names = row.List("formerNames").Where(n => n != name).Append(name).Distinct().ToList();
        if (names.Any(n => n.Length > MaxName)) row.Problem("formerNames", Kernel.Resources.Text.Format("MaxLength", MaxName));
        row.ThrowIfProblems();
        var id = (await EnterpriseEndpoints.Register(registration with { Name = names[0] }, db, user, places, ct)).Value!.Id;
        foreach (var next in names.Skip(1))
        {
            var version = await db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => e.Version).SingleAsync(ct);
            db.ChangeTracker.Clear();
            await EnterpriseEndpoints.Correct(id, registration with { Name = next, Version = version }, db, user, places, ct);
        }
    }

    /// <summary>
    /// The registered enterprise the row is about: the holder of its code; without a code, the one
    /// called by its name now or once, or else by one of the row's former names (a rename).
    /// </summary>
    private async Task<Enterprise?> Known(ImportRow row, string? code, CancellationToken ct)
    {
        var name = row.Text("name");
        if (code is not null)
        {
            var holder = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.CreditCode == code, ct);
            if (holder is not null || name is null) return holder;
            // A code never changes, so a registered name under another code is a typo in one of
            // them, not a second enterprise; registering it would split the enterprise in two.
            var namesake = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Name == name, ct);
            if (namesake is not null) row.Problem("creditCode", EnterpriseText.Format("Import.NameHasOtherCode", name, namesake.CreditCode));
            return null;
        }
        foreach (var candidate in row.List("formerNames").Prepend(name).OfType<string>())
        {
            var matches = await RegistryLookup.Named(db, user, candidate, ct);
            if (matches.Count == 1) return matches[0];
            if (matches.Count > 1)
            {
                row.Problem("name", EnterpriseText.Format("Import.AmbiguousEnterprise", candidate));
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The contacts the row gives. A cell that reads as the export writes the recorded contacts
    /// keeps them as they are, since a role or name with spaces cannot be split back exactly.
    /// </summary>
    private static IReadOnlyList<ContactRequest?> Contacts(ImportRow row, Enterprise? existing)
    {
        var recorded = (existing?.Contacts ?? []).Select(c => (ContactRequest?)new ContactRequest(c.Name, c.Role, c.Phone)).ToList();
        if (existing is not null && !row.Has("contacts")) return recorded;
        var entries = row.List("contacts");
        if (existing is not null && entries.SequenceEqual(existing.Contacts.Select(ContactCells.Write))) return recorded;
        // A masked export imports as it is too: the masks stand for the phones recorded.
        if (existing is not null && entries.SequenceEqual(ContactPersonalData.Shown(existing.Contacts, false).Select(ContactCells.Write))) return recorded;
        return entries.Select(e => (ContactRequest?)ContactCells.Read(e)).ToList();
    }

    private static bool Differs(Enterprise e, EnterpriseRequest r) =>
        e.Name != r.Name!.Trim() || e.CreditCode != r.CreditCode || e.Town != r.Town!.Trim() || e.Industry != r.Industry!.Trim()
        || e.InvestorCountryOrRegion != r.InvestorCountryOrRegion || e.Status != r.Status || e.Notes != Trimmed(r.Notes)
        || (r.OrganisationId is { } owner && owner != e.OrganisationId)
        || !e.Contacts.SequenceEqual(r.Contacts!.Select(c => new EnterpriseContact(c!.Name!.Trim(), Trimmed(c.Role), Trimmed(c.Phone))));

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
