using Federation.Kernel.Messaging;
using Federation.Scorecard.Contracts;
using Federation.Scorecard.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Funnel;

/// <summary>Replaces a record's stays with the path in its newest snapshot, and keeps the pipeline's stages as last declared.</summary>
internal sealed class PipelineProgressWriter(ScorecardDbContext db) : IIntegrationEventHandler<PipelineProgressChanged>
{
    public async Task Handle(PipelineProgressChanged snapshot, CancellationToken ct)
    {
        var record = await db.PipelineRecords.Include(r => r.Stays).FirstOrDefaultAsync(r => r.Id == snapshot.RecordId, ct);
        if (record is not null && record.Version >= snapshot.Version) return;
        if (record is null)
            db.PipelineRecords.Add(record = new PipelineRecord { Id = snapshot.RecordId, WorkLine = snapshot.WorkLine, Pipeline = snapshot.Pipeline });
        await KeepStages(snapshot, ct);

        var funnel = snapshot.Stages.Where(s => !s.LeavesPipeline).Select(s => s.Key).ToList();
        var steps = snapshot.Steps.Where(s => snapshot.Stages.Any(d => d.Key == s.Stage)).ToList();
        record.OrganisationId = snapshot.OrganisationId;
        record.Version = snapshot.Version;
        record.EnteredOn = steps.Count == 0 ? null : steps[0].ReachedOn;
        record.FurthestOrder = steps.Select(s => funnel.IndexOf(s.Stage)).Where(i => i >= 0).DefaultIfEmpty(-1).Max() is var furthest and >= 0
            ? furthest
            : null;
        db.PipelineStays.RemoveRange(record.Stays);
        record.Stays = steps.Select((s, i) => new PipelineStay
        {
            RecordId = record.Id, Stage = s.Stage, ReachedOn = s.ReachedOn, LeftOn = i + 1 < steps.Count ? steps[i + 1].ReachedOn : null,
        }).ToList();
    }

    private async Task KeepStages(PipelineProgressChanged snapshot, CancellationToken ct)
    {
        var known = await db.PipelineStages.Where(s => s.WorkLine == snapshot.WorkLine && s.Pipeline == snapshot.Pipeline).ToListAsync(ct);
        for (var order = 0; order < snapshot.Stages.Count; order++)
        {
            var declared = snapshot.Stages[order];
            var stage = known.FirstOrDefault(s => s.Key == declared.Key);
            if (stage is null)
                db.PipelineStages.Add(stage = new PipelineStageTitle
                {
                    WorkLine = snapshot.WorkLine, Pipeline = snapshot.Pipeline, Key = declared.Key, TitleZh = declared.Title.Zh, TitleEn = declared.Title.En,
                });
            stage.Order = order;
            stage.TitleZh = declared.Title.Zh;
            stage.TitleEn = declared.Title.En;
            stage.LeavesPipeline = declared.LeavesPipeline;
        }
        db.PipelineStages.RemoveRange(known.Where(k => snapshot.Stages.All(s => s.Key != k.Key)));
    }
}
