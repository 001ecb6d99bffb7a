using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Visits;

/// <summary>
/// Visits to enterprises (走访记录) from a spreadsheet. A row names its enterprise by credit code
/// or by name (current or former) and is known by that enterprise and the day: one visit to an
/// enterprise a day, so a row with other visitors or notes corrects the visit rather than adding a
/// second. Recording goes through the visit use cases, so campaigns count the enterprise as
/// visited and the scorecard counts the visit as if it had been entered by hand.
/// </summary>
internal sealed class VisitImport(
    EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IOrganisationDirectory directory,
    IValidator<VisitRequest> validator) : ILedgerImport
{
    private IReadOnlyList<OrganisationSummary>? organisations;

    public string Name => "enterprise-visits";
    public LocalizedText Title { get; } = Bilingual.Of(() => EnterpriseText.Get("Visits"));
    public string Permission => EnterprisesModule.Write;
    public Type ContextType => typeof(EnterprisesDbContext);

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        ImportColumn.Of("visitedOn", () => EnterpriseText.Get("VisitedOn"), true, "2023-03-01"),
        ImportColumn.Of("enterprise", () => EnterpriseText.Get("Enterprise"), true, "中山市侨丰电器有限公司", "enterpriseId"),
        ImportColumn.Of(RegistryLookup.CodeColumn, () => EnterpriseText.Get("CreditCode"), false, ""),
        ImportColumn.Of("purpose", () => EnterpriseText.Get("Purpose"), true, "座谈听取意见"),
        ImportColumn.Of("visitors", () => EnterpriseText.Get("Visitors"), true, "林志远、市侨联经济科技部"),
        ImportColumn.Of("notes", () => EnterpriseText.Get("VisitNotes"), false, "座谈听取企业发展诉求。"),
        ImportColumn.Of("organisation", () => EnterpriseText.Get("Organisation"), false, "", "organisationId"),
    ];

    public string? Key(ImportRow row) =>
        (row.Text(RegistryLookup.CodeColumn) ?? row.Text("enterprise")) is { } enterprise && row.Text("visitedOn") is { } on
            ? $"{enterprise} / {on}" : null;

    public async Task<ImportOutcome> Import(ImportRow row, CancellationToken ct)
    {
        organisations ??= await directory.VisibleTo(user, ct);
        var visitedOn = row.Date("visitedOn");
        var purpose = row.Choice<VisitPurpose>("purpose", EnterpriseText.Of);
        var visitors = row.List("visitors");
        var organisation = row.Organisation("organisation", organisations);
        var enterprise = await RegistryLookup.Find(db, user, row, "enterprise", ct);
        row.ThrowIfProblems();

        var existing = visitedOn is null ? null : await Recorded(row, enterprise!.Id, visitedOn.Value, visitors, ct);
        if (existing is null)
        {
            var visit = new VisitRequest(enterprise!.Id, visitedOn, purpose, visitors, row.Text("notes"), null, organisation, null);
            await row.Validate(validator, visit, ct);
            await VisitEndpoints.Record(visit, db, user, programmes, ct);
            return ImportOutcome.Added;
        }

        // The ledger has no programme column, so the visit keeps the programme it was tagged with.
        var correction = new VisitRequest(existing.EnterpriseId, existing.VisitedOn, purpose, visitors,
            row.Has("notes") ? row.Text("notes") : existing.Notes, existing.ProgrammeId, organisation, existing.Version);
        await row.Validate(validator, correction, ct);
        if (!Differs(existing, correction)) return ImportOutcome.Unchanged;
        if ((await VisitEndpoints.Correct(existing.Id, correction, db, user, programmes, ct)).Result is NotFound)
            throw new RequestRejectedException("visitedOn", EnterpriseText.Get("Import.RecordGone"));
        return ImportOutcome.Updated;
    }

    /// <summary>
    /// The visit to the enterprise on the day. Should it have been visited twice that day, the
    /// visit by the same people is the one; if none is, the row cannot say which to change.
    /// </summary>
    private async Task<Visit?> Recorded(ImportRow row, Guid enterpriseId, DateOnly visitedOn, IReadOnlyList<string> visitors, CancellationToken ct)
    {
        var sameDay = await db.Visits.AsNoTracking().VisibleTo(user)
            .Where(v => v.EnterpriseId == enterpriseId && v.VisitedOn == visitedOn).OrderBy(v => v.Id).ToListAsync(ct);
        if (sameDay.Count <= 1) return sameDay.FirstOrDefault();
        var same = sameDay.Where(v => v.Visitors.SequenceEqual(Normalised(visitors))).ToList();
        if (same.Count == 1) return same[0];
        row.Problem("visitedOn", EnterpriseText.Format("Import.SeveralVisits", visitedOn.ToString("yyyy-MM-dd")));
        row.ThrowIfProblems();
        return null;
    }

    private static bool Differs(Visit v, VisitRequest r) =>
        v.Purpose != r.Purpose || !v.Visitors.SequenceEqual(Normalised(r.Visitors!)) || v.Notes != Trimmed(r.Notes)
        || (r.OrganisationId is { } owner && owner != v.OrganisationId);

    /// <summary>The visitors as the use case stores them: trimmed, each once.</summary>
    private static IEnumerable<string> Normalised(IEnumerable<string?> visitors) => visitors.Select(v => v!.Trim()).Distinct();

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
