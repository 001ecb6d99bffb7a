using System.Text.Json;
using Federation.Investment.Contracts;
using Federation.Investment.Resources;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Projects;

/// <summary>
/// The ledger's stages as a pipeline, in the order the module declares them (意向 → 在谈 → 签约 →
/// 动工 → 投产, then 终止, which leaves it): the board's columns, and what the scorecard's funnel
/// is told with every save (<see cref="InvestmentDbContext"/>).
/// </summary>
internal static class ProjectPipeline
{
    public const string Name = "projects";

    /// <summary>Every stage, in the module's order: the board's columns.</summary>
    public static IReadOnlyList<ProjectStage> Stages { get; } = Enum.GetValues<ProjectStage>();

    public static PipelineSources Sources { get; } = new PipelineSources().Of<Project>(Name,
        Stages.Select(s => new PipelineStage(Key(s), InvestmentText.Both(s), LeavesPipeline: s == ProjectStage.Dropped)).ToList(),
        p => p.Stages.OrderBy(s => s.Sequence).Select(s => new PipelineStep(Key(s.Stage), s.Date)));

    /// <summary>A stage as the API writes it ("inProduction").</summary>
    public static string Key(ProjectStage stage) => JsonNamingPolicy.CamelCase.ConvertName(stage.ToString());
}
