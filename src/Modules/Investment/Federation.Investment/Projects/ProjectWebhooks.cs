using Federation.Investment.Contracts;
using Federation.Kernel.Webhooks;

namespace Federation.Investment.Projects;

/// <summary>What the ledger offers webhook subscribers: a project reaching a stage (signed, breaking ground …).</summary>
internal static class ProjectWebhooks
{
    public static IReadOnlyList<WebhookEventType> All { get; } =
    [
        WebhookEventType.For<ProjectStageReached>("investment.project-stage-reached", new("招商项目进入新阶段", "Project reached a stage"),
            [
                new("projectId", "uuid", new("项目编号", "The project's id")),
                new("name", "string", new("项目名称", "The project's name")),
                new("stage", "string", new("达到的阶段（意向、在谈、签约、动工、投产或终止）", "The stage reached: intent, negotiating, signed, groundbreaking, inProduction, dropped")),
                new("date", "date", new("达到该阶段的日期", "The day it reached the stage")),
                new("town", "string", new("所在镇街", "The town")),
                new("industry", "string", new("行业，未披露时为空", "The industry; null when not disclosed")),
                new("amountYuan", "number", new("投资额（元），未披露时为空", "The investment in yuan; null when not disclosed")),
                new("version", "number", new("项目的版本号", "The project's version")),
            ],
            e => new WebhookPayload("Project", e.Project.ProjectId.ToString(), e.Project.OrganisationId, new Dictionary<string, object?>
            {
                ["projectId"] = e.Project.ProjectId,
                ["name"] = e.Project.Name,
                ["stage"] = e.Stage,
                ["date"] = e.Date,
                ["town"] = e.Project.Town,
                ["industry"] = e.Project.Industry,
                ["amountYuan"] = e.Project.AmountFen / 100m,
                ["version"] = e.Project.Version,
            })),
    ];
}
