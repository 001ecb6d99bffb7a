using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Resources;
using Federation.Scorecard.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Figures;

/// <summary>
/// The year's figures, counted from the scorecard's own facts (never from the work lines' tables),
/// for everything the reader may see, one organisation, or one organisation with its branches.
/// </summary>
internal static class ScorecardEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/{year:int}", Year).WithTags("Scorecard").RequirePermission(ScorecardModule.Read);
        api.MapGet("/{year:int}/export.xlsx", Export).WithTags("Scorecard").RequirePermission(ScorecardModule.Read);
    }

    private static async Task<FileContentHttpResult> Export(
        int year, Guid? organisationId, bool? includeBranches, ScorecardDbContext db, ICurrentUser reader,
        IOrganisationDirectory directory, ScorecardWorkbook workbook, CancellationToken ct)
    {
        var figures = (await Year(year, organisationId, includeBranches, db, reader, directory, ct)).Value!;
        return TypedResults.File(await workbook.Write(figures, ct),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"scorecard-{year}.xlsx");
    }

    internal static async Task<Ok<YearFigures>> Year(
        int year, Guid? organisationId, bool? includeBranches, ScorecardDbContext db, ICurrentUser reader,
        IOrganisationDirectory directory, CancellationToken ct)
    {
        QueryValues.Year(year);
        var scope = await Scope(organisationId, includeBranches ?? true, reader, directory, ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);

        var events = await InScope(db.EventFacts.AsNoTracking(), scope)
            .Where(e => !e.Removed && e.StartDate >= from && e.StartDate <= to).ToListAsync(ct);
        var signed = await InScope(db.ProjectFacts.AsNoTracking(), scope)
            .Where(p => !p.Removed && !p.Dropped && p.SignedOn >= from && p.SignedOn <= to).ToListAsync(ct);
        var credit = await InScope(db.CreditLineFacts.AsNoTracking(), scope)
            .Where(c => !c.Removed && c.GrantedOn >= from && c.GrantedOn <= to).ToListAsync(ct);

        var signedYuan = signed.Sum(p => p.AmountFen) / 100m;
        var brokeGround = signed.Count(p => p.GroundbrokeOn is not null);
        var kpis = new List<KpiValue>
        {
            new("investment.events-held", events.Count),
            new("investment.attendees", events.Sum(e => e.AttendeeCount)),
            new("investment.countries-reached", events.SelectMany(e => e.CountriesAndRegions).Distinct().Count()),
            new("investment.projects-signed", signed.Count),
            new("investment.signed-amount", signedYuan),
            new("investment.groundbreaking-rate", signed.Count == 0 ? 0 : Math.Round((decimal)brokeGround / signed.Count, 4)),
            new("investment.credit-lines", credit.Sum(c => c.AmountFen) / 100m),
        };
        var byMonth = Enumerable.Range(1, 12)
            .Select(m => signed.Where(p => p.SignedOn!.Value.Month == m).Sum(p => p.AmountFen) / 100m).ToList();
        var byTown = signed.GroupBy(p => p.Town)
            .Select(g => new TownFigure(g.Key, g.Count(), g.Sum(p => p.AmountFen) / 100m))
            .OrderByDescending(t => t.AmountYuan).ToList();
        var actual = kpis.ToDictionary(k => k.Key, k => k.Value);
        var programmes = await db.Programmes.AsNoTracking().VisibleTo(reader).ToListAsync(ct);
        var targets = programmes.Where(p => p.Covers(year))
            .SelectMany(p => p.Targets.Where(t => actual.ContainsKey(t.KpiKey)).Select(t => new TargetProgress(
                p.Id, p.NameZh, p.NameEn, t.KpiKey, t.YearlyTarget, actual[t.KpiKey], Math.Round(actual[t.KpiKey] / t.YearlyTarget, 4))))
            .ToList();
        return TypedResults.Ok(new YearFigures(year, organisationId, includeBranches ?? true, kpis, byMonth, byTown, targets));
    }

    private static IQueryable<T> InScope<T>(IQueryable<T> facts, IReadOnlySet<Guid>? scope) where T : class, Facts.IFact
    {
        if (scope is null) return facts;
        var organisations = scope.ToList();
        return facts.Where(f => organisations.Contains(f.OrganisationId));
    }

    /// <summary>The organisations to count, or null for "no filter" (a root reader asking for everything).</summary>
    private static async Task<IReadOnlySet<Guid>?> Scope(
        Guid? organisationId, bool includeBranches, ICurrentUser reader, IOrganisationDirectory directory, CancellationToken ct)
    {
        if (organisationId is null)
            return reader.SeesEverything ? null : reader.VisibleOrganisationIds.ToHashSet();
        if (!reader.CanAccess(organisationId.Value)) throw new OrganisationAccessDeniedException("organisationId");
        return includeBranches ? await directory.Subtree(organisationId.Value, ct) : new HashSet<Guid> { organisationId.Value };
    }
}
