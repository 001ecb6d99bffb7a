using Federation.Investment.Contracts;
using Federation.Kernel.Messaging;
using Federation.Scorecard.Data;

namespace Federation.Scorecard.Facts;

/// <summary>Keeps <see cref="ProjectFact"/> at the newest snapshot Investment has published.</summary>
internal sealed class ProjectFactsWriter(ScorecardDbContext db) :
    IIntegrationEventHandler<ProjectStageReached>,
    IIntegrationEventHandler<ProjectStageReverted>,
    IIntegrationEventHandler<ProjectCorrected>,
    IIntegrationEventHandler<ProjectRemoved>
{
    public Task Handle(ProjectStageReached e, CancellationToken ct) => Apply(e.Project, ct);

    public Task Handle(ProjectStageReverted e, CancellationToken ct) => Apply(e.Project, ct);

    public Task Handle(ProjectCorrected e, CancellationToken ct) => Apply(e.Project, ct);

    public Task Handle(ProjectRemoved e, CancellationToken ct) =>
        VersionedFacts.Remove(db.ProjectFacts, e.ProjectId, e.OrganisationId, e.Version, () => New(e.ProjectId), ct);

    private async Task Apply(ProjectSnapshot project, CancellationToken ct)
    {
        if (await VersionedFacts.Newer(db.ProjectFacts, project.ProjectId, project.OrganisationId, project.Version,
                () => New(project.ProjectId), ct) is not { } fact) return;
        fact.AmountFen = project.AmountFen;
        fact.Town = project.Town;
        fact.Stage = project.Stage.ToString();
        // A stage taken back takes its date with it: the snapshot lists only the stages that stand.
        fact.SignedOn = project.Stages.FirstOrDefault(s => s.Stage == ProjectStage.Signed)?.Date;
        fact.GroundbrokeOn = project.Stages.FirstOrDefault(s => s.Stage == ProjectStage.Groundbreaking)?.Date;
        fact.Dropped = project.Stage == ProjectStage.Dropped;
    }

    private static ProjectFact New(Guid id) => new() { Id = id, Town = "", Stage = "" };
}
