using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Federation.Talent.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Talent.Letters;

/// <summary>
/// Letters of intent (落地意向书) from a spreadsheet. A row names a talent already in the ledger as
/// the letters list does (姓名, with the 院校 when the name alone is not enough) and is signed through
/// the letter use case, so the talent becomes "intent signed" and the scorecard counts it like a
/// letter entered by hand. A letter is known by its talent, employer and signing date; a talent
/// holds one active letter, so a different letter for a talent who has one is refused as the use
/// case refuses it. Letters are signed, not corrected: a row never changes a recorded letter.
/// </summary>
internal sealed class LetterImport(
    TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IValidator<LetterRequest> letters, IPlaceDirectory places) : ILedgerImport
{
    public string Name => "talent-letters";
    public LocalizedText Title { get; } = Bilingual.Of(() => TalentText.Get("Letters"));
    public string Permission => TalentModule.Write;
    public Type ContextType => typeof(TalentDbContext);

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        // The use case names the talent "id" when it refuses a second active letter.
        ImportColumn.Of("name", () => TalentText.Get("Name"), true, "陈思远", "name", "id"),
        ImportColumn.Of("institution", () => TalentText.Get("Institution"), false, "莫斯科国立大学"),
        ImportColumn.Of("degree", () => TalentText.Get("Degree"), false, "博士"),
        ImportColumn.Of("employer", () => TalentText.Get("Employer"), true, "中山大学中山研究院", "employerName"),
        ImportColumn.Of("creditCode", () => TalentText.Get("EmployerCreditCode"), false, "", "employerCreditCode"),
        ImportColumn.Of("town", () => TalentText.Get("Town"), true, "翠亨新区"),
        ImportColumn.Of("signedOn", () => TalentText.Get("SignedOn"), true, "2023-10-08"),
    ];

    public string? Key(ImportRow row) => row.Text("name") is null
        ? null
        : string.Join(" / ", new[] { row.Text("name"), row.Text("institution"), row.Text("employer"), row.Text("signedOn") }.OfType<string>());

    public async Task<ImportOutcome> Import(ImportRow row, CancellationToken ct)
    {
        var degree = row.Choice<Degree>("degree", TalentText.Of);
        var request = new LetterRequest(row.Text("employer"), row.Text("creditCode"), row.Text("town"), row.Date("signedOn"), null);
        var talent = await TalentOf(row, ct);
        var recorded = talent is null ? null : await db.Letters.AsNoTracking()
            .Where(l => l.TalentId == talent.Id && l.EmployerName == request.EmployerName && l.SignedOn == request.SignedOn)
            .FirstOrDefaultAsync(ct);
        // A letter keeps the degree its talent had when it was signed; a new one takes the talent's.
        if (talent is not null && degree is { } written && written != (recorded?.Degree ?? talent.Degree))
            row.Problem("degree", TalentText.Format("Import.LetterDegree", TalentText.Of(recorded?.Degree ?? talent.Degree)));
        await row.Validate(letters, request, ct);

        if (recorded is not null && recorded.Town == request.Town
            && (!row.Has("creditCode") || recorded.EmployerCreditCode == request.EmployerCreditCode))
            return ImportOutcome.Unchanged;
        var signed = await LetterEndpoints.Sign(talent!.Id, request, db, user, programmes, places, ct);
        if (signed.Result is NotFound) throw new RequestRejectedException("name", TalentText.Get("NoSuchTalent"));
        return ImportOutcome.Added;
    }

    /// <summary>
    /// The talent the row names, by a name as either field holds it or as the list shows both,
    /// "中文名（外文名）", narrowed by the institution when the row has one.
    /// </summary>
    private async Task<NamedTalent?> TalentOf(ImportRow row, CancellationToken ct)
    {
        if (row.Text("name") is not { } name)
        {
            row.Problem("name", Kernel.Resources.Text.Get("Required"));
            return null;
        }
        var institution = row.Text("institution");
        var (zh, foreign) = Split(name);
        var found = await db.Talents.AsNoTracking().VisibleTo(user).Where(t => t.MergedIntoId == null)
            .Where(t => (zh != null && t.NameZh == zh) || (foreign != null && t.NameForeign == foreign))
            .Where(t => institution == null || t.Institution == institution)
            .Select(t => new NamedTalent(t.Id, t.Degree)).Take(2).ToListAsync(ct);
        if (found.Count == 1) return found[0];
        row.Problem("name", found.Count == 0
            ? institution is null ? TalentText.Format("Import.UnknownTalent", name) : TalentText.Format("Import.UnknownTalentAt", name, institution)
            : TalentText.Format(institution is null ? "Import.SeveralNamed" : "Import.SeveralNamedAt", name, institution ?? ""));
        return null;
    }

    private sealed record NamedTalent(Guid Id, Degree Degree);

    private static (string? Zh, string? Foreign) Split(string name)
    {
        var open = name.IndexOfAny(['（', '(']);
        if (open > 0 && name[^1] is '）' or ')')
            return (name[..open].Trim(), name[(open + 1)..^1].Trim());
        return (name, name);
    }
}
