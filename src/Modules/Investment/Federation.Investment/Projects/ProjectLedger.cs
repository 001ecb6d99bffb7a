using Federation.Kernel.Geography;
using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Kernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Projects;

/// <summary>The ledger list: filtered, sorted, paged, with the total amount of every matching row.</summary>
internal static class ProjectLedger
{
    internal sealed record Query(
        int? Year, string? Stage, string? Town, Guid? OrganisationId, Guid? EventId, bool? Overdue, string? Q,
        int? Page, int? PageSize, string? Sort);

    /// <summary>What the ledger and the board both filter by: everything but the stage, which the board shows as columns.</summary>
    internal sealed record Filter(int? Year, string? Town, Guid? OrganisationId, Guid? EventId, bool? Overdue, string? Q);

    public static async Task<Ok<ProjectLedgerPage>> List(
        [AsParameters] Query query, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IPlaceDirectory places, IReadSnapshots snapshots, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var stage = QueryValues.Enum<ProjectStage>(query.Stage, "stage");
        var year = QueryValues.Year(query.Year);
        var (sortKey, descending) = Paging.Sort(query.Sort, "stageDate", ["stageDate", "recordedOn", "amount", "name", "town"]);
        var today = ChinaCalendar.Today(clock);

        var rows = await Matching(db, user, places, new Filter(year, query.Town, query.OrganisationId, query.EventId, query.Overdue, query.Q), today, ct);
        if (stage is not null) rows = rows.Where(p => p.Stage == stage);

        // One connection and one snapshot for the three answers, so the count, the total and the page agree.
        await using var snapshot = await snapshots.BeginAsync(db, ct);
        var totals = await rows.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Fen = g.Sum(p => (long?)p.AmountFen) }).FirstOrDefaultAsync(ct);
        var total = totals?.Count ?? 0;
        var totalFen = totals?.Fen ?? 0;

        IOrderedQueryable<Project> sorted = (sortKey, descending) switch
        {
            ("amount", false) => rows.OrderBy(p => p.AmountFen),
            ("amount", true) => rows.OrderByDescending(p => p.AmountFen),
            ("name", false) => rows.OrderBy(p => p.Name),
            ("name", true) => rows.OrderByDescending(p => p.Name),
            ("town", false) => rows.OrderBy(p => p.Town),
            ("town", true) => rows.OrderByDescending(p => p.Town),
            ("recordedOn", false) => rows.OrderBy(p => p.RecordedOn),
            ("recordedOn", true) => rows.OrderByDescending(p => p.RecordedOn),
            (_, false) => rows.OrderBy(p => p.StageDate),
            _ => rows.OrderByDescending(p => p.StageDate),
        };
        // Only the listed columns are read, untracked; the overdue mark is worked out as each row is read.
        var marked = await sorted.ThenBy(p => p.Id).Skip((page - 1) * size).Take(size)
            .Select(p => new ProjectListItem(p.Id, p.OrganisationId, p.Name, p.InvestorName, p.InvestorCountryOrRegion,
                p.Industry, Yuan(p.AmountFen), p.AmountQualifier, p.Town, p.EventId, p.ResponsibleStaff, p.Stage, p.StageDate, p.RecordedOn,
                p.NextFollowUpDue, ProjectResponse.IsOverdue(p.Stage, p.NextFollowUpDue, today), p.Version))
            .ToListAsync(ct);
        return TypedResults.Ok(new ProjectLedgerPage(marked, total, totalFen / 100m, page, size));
    }

    // Divided as each row is read, not in SQL: PostgreSQL's numeric division would answer 80000000.00000000000.
    private static decimal? Yuan(long? fen) => fen / 100m;

    /// <summary>The projects the reader may see that match the filter (the year as already checked).</summary>
    internal static async Task<IQueryable<Project>> Matching(
        InvestmentDbContext db, ICurrentUser user, IPlaceDirectory places, Filter filter, DateOnly today, CancellationToken ct)
    {
        var rows = db.Projects.AsNoTracking().VisibleTo(user);
        if (filter.Year is { } year)
            rows = rows.Where(p => p.RecordedOn >= new DateOnly(year, 1, 1) && p.RecordedOn <= new DateOnly(year, 12, 31));
        // By reference: "石岐街道" finds the projects of 石岐.
        if (await places.FilterTown(filter.Town, ct) is { } town) rows = rows.Where(p => p.Town == town);
        if (filter.OrganisationId is not null) rows = rows.Where(p => p.OrganisationId == filter.OrganisationId);
        if (filter.EventId is not null) rows = rows.Where(p => p.EventId == filter.EventId);
        if (filter.Overdue == true)
            rows = rows.Where(p => p.NextFollowUpDue < today && p.Stage != ProjectStage.InProduction && p.Stage != ProjectStage.Dropped);
        if (!string.IsNullOrWhiteSpace(filter.Q))
            rows = rows.Where(p => p.Name.Contains(filter.Q) || (p.InvestorName != null && p.InvestorName.Contains(filter.Q)));
        return rows;
    }
}
