using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Contracts;

/// <summary>
/// A work line's pipelines in one place: for each record type that moves through stages, the
/// stages in the module's order and the path a record has taken. Like <see cref="KpiFactSources"/>,
/// the module's DbContext publishes <see cref="Changed"/> with every save, so the scorecard's
/// funnel hears of every stage reached, taken back or removed without any use case saying so.
/// </summary>
public sealed class PipelineSources
{
    private readonly Dictionary<Type, (string Pipeline, IReadOnlyList<PipelineStage> Stages, Func<IReportsKpis, IEnumerable<PipelineStep>> Steps)> byType = [];

    /// <summary>Declares the pipeline a <typeparamref name="TRecord"/> moves through; returns this, to declare the next.</summary>
    /// <param name="pipeline">The pipeline's name inside the module.</param>
    /// <param name="stages">Its stages in the module's order.</param>
    /// <param name="steps">The stages a record reached, oldest first.</param>
    public PipelineSources Of<TRecord>(string pipeline, IReadOnlyList<PipelineStage> stages, Func<TRecord, IEnumerable<PipelineStep>> steps)
        where TRecord : class, IReportsKpis
    {
        byType.Add(typeof(TRecord), (pipeline, stages, record => steps((TRecord)record)));
        return this;
    }

    /// <summary>One <see cref="PipelineProgressChanged"/> for each declared record the save adds, changes or removes.</summary>
    public IEnumerable<PipelineProgressChanged> Changed(ModuleDbContext db) => db.ChangeTracker.Entries<IReportsKpis>()
        .Where(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && byType.ContainsKey(e.Entity.GetType()))
        .Select(e =>
        {
            var (pipeline, stages, steps) = byType[e.Entity.GetType()];
            return e.State == EntityState.Deleted
                ? new PipelineProgressChanged(db.ModuleName, pipeline, e.Entity.Id, e.Entity.OrganisationId, e.Entity.Version + 1, stages, [])
                : new PipelineProgressChanged(db.ModuleName, pipeline, e.Entity.Id, e.Entity.OrganisationId, e.Entity.Version, stages,
                    steps(e.Entity).ToList());
        });
}
