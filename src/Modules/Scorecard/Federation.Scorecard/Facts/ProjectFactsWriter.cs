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

    public async Task Handle(ProjectRemoved e, CancellationToken ct)
    {
        // A removal may overtake the project's own events; the row it leaves keeps them out.
        var fact = await Find(e.ProjectId, ct);
        if (fact is not null && fact.Version >= e.Version) return;
        fact ??= Add(e.ProjectId);
        fact.OrganisationId = e.OrganisationId;
        fact.Version = e.Version;
        fact.Removed = true;
    }

    private async Task Apply(ProjectSnapshot project, CancellationToken ct)
    {
        var fact = await Find(project.ProjectId, ct);
        if (fact is not null && fact.Version >= project.Version) return;
        fact ??= Add(project.ProjectId);
        fact.OrganisationId = project.OrganisationId;
        fact.AmountFen = project.AmountFen;
        fact.Town = project.Town;
        fact.Stage = project.Stage.ToString();
        fact.SignedOn = project.Stages.FirstOrDefault(s => s.Stage == ProjectStage.Signed)?.Date;
        fact.GroundbrokeOn = project.Stages.FirstOrDefault(s => s.Stage == ProjectStage.Groundbreaking)?.Date;
        fact.Dropped = project.Stage == ProjectStage.Dropped;
        fact.Version = project.Version;
    }

    private async Task<ProjectFact?> Find(Guid id, CancellationToken ct) => await db.ProjectFacts.FindAsync([id], ct);

    private ProjectFact Add(Guid id)
    {
        var fact = new ProjectFact { Id = id, Town = "", Stage = "" };
        db.ProjectFacts.Add(fact);
        return fact;
    }
}
