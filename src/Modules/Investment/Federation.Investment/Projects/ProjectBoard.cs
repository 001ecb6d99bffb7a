using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Kernel.Figures;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Projects;

/// <summary>
/// The ledger as a board: a column per stage in the module's order, with how many projects and
/// how much money each holds under the ledger's filters, and the projects longest in their stage
/// first. Cards move through the same endpoint as the project's form (<c>POST …/{id}/stage</c>).
/// </summary>
internal static class ProjectBoard
{
    /// <summary>The most cards a column shows; its count and total still cover every match.</summary>
    public const int CardsPerColumn = 100;

    public static async Task<Ok<ProjectBoardResponse>> Read(
        [AsParameters] ProjectLedger.Filter query, InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IPlaceDirectory places, CancellationToken ct)
    {
        var today = ChinaCalendar.Today(clock);
        var rows = await ProjectLedger.Matching(db, user, places, query with { Year = QueryValues.Year(query.Year) }, today, ct);
        var sums = await rows.GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Fen = g.Sum(p => (long?)p.AmountFen) ?? 0, Undisclosed = g.Count(p => p.AmountFen == null) })
            .ToListAsync(ct);

        var columns = new List<ProjectBoardColumn>();
        foreach (var stage in ProjectPipeline.Stages)
        {
            var sum = sums.FirstOrDefault(s => s.Stage == stage);
            var cards = sum is null ? [] : await rows.Where(p => p.Stage == stage).OrderBy(p => p.StageDate).ThenBy(p => p.Id)
                .Take(CardsPerColumn).ToListAsync(ct);
            columns.Add(new ProjectBoardColumn(stage, sum?.Count ?? 0, (sum?.Fen ?? 0) / 100m,
                sum is { Undisclosed: > 0 } ? Qualifier.AtLeast : Qualifier.Exact,
                cards.Select(p => new ProjectBoardCard(p.Id, p.OrganisationId, p.Name, p.InvestorName, p.AmountFen / 100m, p.AmountQualifier,
                    p.AmountUpToFen / 100m, p.Town, p.Stage, p.StageDate, today.DayNumber - p.StageDate.DayNumber,
                    ProjectStageRules.AllowedAfter(p.Stage), p.Version)).ToList()));
        }
        return TypedResults.Ok(new ProjectBoardResponse(columns, columns.Sum(c => c.Count), columns.Sum(c => c.AmountYuan)));
    }
}

/// <summary>The board: every stage's column, and the count and amount of all the projects it holds.</summary>
internal sealed record ProjectBoardResponse(IReadOnlyList<ProjectBoardColumn> Columns, int Total, decimal TotalAmountYuan);

/// <summary>
/// A stage's column: how many projects and how much money (a floor, <see cref="Qualifier.AtLeast"/>,
/// when some amounts were not disclosed), and up to <see cref="ProjectBoard.CardsPerColumn"/> of its projects.
/// </summary>
internal sealed record ProjectBoardColumn(ProjectStage Stage, int Count, decimal AmountYuan, Qualifier AmountQualifier, IReadOnlyList<ProjectBoardCard> Cards);

internal sealed record ProjectBoardCard(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? InvestorName,
    decimal? AmountYuan,
    Qualifier AmountQualifier,
    decimal? AmountUpToYuan,
    string Town,
    ProjectStage Stage,
    DateOnly StageDate,
    int DaysInStage,
    IReadOnlyList<ProjectStage> AllowedNextStages,
    int Version);
