using System.Globalization;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Data;
using Federation.Scorecard.Figures;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Funnel;

/// <summary>
/// Each pipeline's funnel for the records that entered it in a period, in the reader's scope:
/// how many reached each stage or went further (a project signed without recorded talks still
/// passed 在谈), the share of the stage before, and the median days spent in each stage by the
/// records that left it. Counted from the scorecard's own copy of the paths, never a work line's tables.
/// </summary>
internal sealed class FunnelQuery(ScorecardDbContext db, ReadingScope scopes, IKpiCatalogue catalogue)
{
    public async Task<IReadOnlyList<PipelineFunnel>> Read(Period period, Guid? organisationId, bool includeBranches, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var scope = (await scopes.Of(organisationId, includeBranches, ct))?.ToList();
        var stages = await db.PipelineStages.AsNoTracking().ToListAsync(ct);
        var records = db.PipelineRecords.AsNoTracking().Where(r => r.EnteredOn >= period.From && r.EnteredOn <= period.To);
        if (scope is not null) records = records.Where(r => scope.Contains(r.OrganisationId));
        var entered = await records.Select(r => new { r.Id, r.WorkLine, r.Pipeline, r.FurthestOrder }).ToListAsync(ct);
        var ids = entered.Select(r => r.Id).ToList();
        var left = await db.PipelineStays.AsNoTracking().Where(s => ids.Contains(s.RecordId) && s.LeftOn != null)
            .Select(s => new { s.RecordId, s.Stage, s.ReachedOn, s.LeftOn }).ToListAsync(ct);
        var pipelineOf = entered.ToDictionary(r => r.Id, r => (r.WorkLine, r.Pipeline));

        return stages.GroupBy(s => (s.WorkLine, s.Pipeline))
            .Where(p => catalogue.WorkLineTitle(p.Key.WorkLine) is not null)
            .OrderBy(p => p.Key.WorkLine, StringComparer.Ordinal).ThenBy(p => p.Key.Pipeline, StringComparer.Ordinal)
            .Select(pipeline =>
            {
                var inPipeline = entered.Where(r => r.WorkLine == pipeline.Key.WorkLine && r.Pipeline == pipeline.Key.Pipeline).ToList();
                var funnel = pipeline.Where(s => !s.LeavesPipeline).OrderBy(s => s.Order).ToList();
                int? previous = null;
                var rows = funnel.Select((stage, order) =>
                {
                    var reached = inPipeline.Count(r => r.FurthestOrder >= order);
                    var days = left.Where(s => s.Stage == stage.Key && pipelineOf[s.RecordId] == pipeline.Key)
                        .Select(s => s.LeftOn!.Value.DayNumber - s.ReachedOn.DayNumber).ToList();
                    var row = new FunnelStage(stage.Key, culture.TwoLetterISOLanguageName == "zh" ? stage.TitleZh : stage.TitleEn, reached,
                        previous is null ? null : previous == 0 ? 0 : Math.Round(reached * 100m / previous.Value, 1), days.Count == 0 ? null : FactCells.Middle(days.Select(d => (long)d)), days.Count);
                    previous = reached;
                    return row;
                }).ToList();
                return new PipelineFunnel(pipeline.Key.WorkLine, catalogue.WorkLineTitle(pipeline.Key.WorkLine)!.For(culture),
                    pipeline.Key.Pipeline, inPipeline.Count, rows);
            }).ToList();
    }
}

/// <summary>One pipeline's funnel: the records that entered it in the period and each stage's row.</summary>
internal sealed record PipelineFunnel(string WorkLine, string WorkLineTitle, string Pipeline, int Entered, IReadOnlyList<FunnelStage> Stages);

/// <summary>
/// A funnel stage: how many records reached it or went further, that as a percentage of the stage
/// before (null for the first), and the median days spent in it by the <paramref name="Left"/> records that moved on.
/// </summary>
internal sealed record FunnelStage(string Stage, string Title, int Reached, decimal? PercentOfPrevious, decimal? MedianDaysInStage, int Left);
