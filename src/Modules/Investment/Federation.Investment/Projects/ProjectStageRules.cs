using Federation.Investment.Contracts;

namespace Federation.Investment.Projects;

/// <summary>
/// Which stage may follow which. Negotiation may go unrecorded (intent → signed), but a project
/// breaks ground only after it is signed and produces only after it breaks ground; a dropped or
/// producing project is finished. A stage recorded by mistake is taken back with a revert.
/// </summary>
internal static class ProjectStageRules
{
    private static readonly Dictionary<ProjectStage, ProjectStage[]> Next = new()
    {
        [ProjectStage.Intent] = [ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Dropped],
        [ProjectStage.Negotiating] = [ProjectStage.Signed, ProjectStage.Dropped],
        [ProjectStage.Signed] = [ProjectStage.Groundbreaking, ProjectStage.Dropped],
        [ProjectStage.Groundbreaking] = [ProjectStage.InProduction, ProjectStage.Dropped],
        [ProjectStage.InProduction] = [],
        [ProjectStage.Dropped] = [],
    };

    /// <summary>Stages a project may enter the ledger at: a project signed on site starts at Signed.</summary>
    public static readonly ProjectStage[] Initial = [ProjectStage.Intent, ProjectStage.Negotiating, ProjectStage.Signed];

    public static IReadOnlyList<ProjectStage> AllowedAfter(ProjectStage current) => Next[current];

    public static bool CanMove(ProjectStage from, ProjectStage to) => Next[from].Contains(to);
}
