using Federation.Enterprises.Contracts;
using Federation.Kernel.Webhooks;

namespace Federation.Enterprises.Concerns;

/// <summary>
/// What enterprise services offer webhook subscribers: a concern resolved. Sent with every save of
/// a resolved concern (a later correction too); receivers tell them apart by the version.
/// </summary>
internal static class ConcernWebhooks
{
    public static IReadOnlyList<WebhookEventType> All { get; } =
    [
        WebhookEventType.For<ConcernChanged>("enterprises.concern-resolved", new("企业诉求已解决", "Concern resolved"),
            [
                new("concernId", "uuid", new("诉求编号", "The concern's id")),
                new("enterpriseId", "uuid", new("所属侨企编号，未关联时为空", "The enterprise's id; null when none is linked")),
                new("category", "string", new("诉求类别", "The concern's category")),
                new("department", "string", new("承办部门", "The department that handled it")),
                new("raisedOn", "date", new("提出日期", "The day it was raised")),
                new("settledOn", "date", new("解决日期", "The day it was resolved")),
                new("version", "number", new("诉求的版本号", "The concern's version")),
            ],
            e => e.Removed || e.Concern.Status != ConcernStatus.Resolved ? null
                : new WebhookPayload("Concern", e.Concern.ConcernId.ToString(), e.Concern.OrganisationId, new Dictionary<string, object?>
                {
                    ["concernId"] = e.Concern.ConcernId,
                    ["enterpriseId"] = e.Concern.EnterpriseId,
                    ["category"] = e.Concern.Category,
                    ["department"] = e.Concern.Department,
                    ["raisedOn"] = e.Concern.RaisedOn,
                    ["settledOn"] = e.Concern.SettledOn,
                    ["version"] = e.Concern.Version,
                })),
    ];
}
