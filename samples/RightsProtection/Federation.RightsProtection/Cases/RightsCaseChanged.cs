using Federation.Kernel.Messaging;
using Federation.Kernel.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Federation.RightsProtection.Cases;

/// <summary>
/// A case was registered, moved on or corrected (or, with <see cref="Removed"/>, deleted): the
/// sample's own integration event, with the case's non-personal facts only. It is what the sample
/// offers webhook subscribers (<see cref="CaseWebhooks"/>).
/// </summary>
public sealed record RightsCaseChanged(Guid CaseId, Guid OrganisationId, string Category, string Status, DateOnly ReceivedOn,
    DateOnly? SettledOn, string Town, int Version, bool Removed) : IntegrationEvent
{
    /// <summary>One event for each case a save adds, changes or deletes, after versions are bumped.</summary>
    internal static IEnumerable<RightsCaseChanged> Of(ChangeTracker tracker) =>
        tracker.Entries<RightsCase>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new RightsCaseChanged(e.Entity.Id, e.Entity.OrganisationId, e.Entity.Category.ToString(), e.Entity.Status.ToString(),
                e.Entity.ReceivedOn, e.Entity.SettledOn, e.Entity.Town, e.Entity.Version, e.State == EntityState.Deleted))
            .ToList();
}

/// <summary>What the sample offers webhook subscribers: the whole life of a case.</summary>
internal static class CaseWebhooks
{
    public static IReadOnlyList<WebhookEventType> All { get; } =
    [
        WebhookEventType.For<RightsCaseChanged>("rights.case-changed", new("维权个案有变化", "Rights case changed"),
            [
                new("caseId", "uuid", new("个案编号", "The case's id")),
                new("category", "string", new("个案类别", "The case's category")),
                new("status", "string", new("办理状态", "Where the case stands")),
                new("receivedOn", "date", new("受理日期", "The day it was received")),
                new("settledOn", "date", new("办结日期，未办结时为空", "The day it was settled; null while open")),
                new("town", "string", new("所在镇街", "The town")),
                new("removed", "boolean", new("是否已删除", "Whether it was deleted")),
                new("version", "number", new("个案的版本号", "The case's version")),
            ],
            e => new WebhookPayload("RightsCase", e.CaseId.ToString(), e.OrganisationId, new Dictionary<string, object?>
            {
                ["caseId"] = e.CaseId,
                ["category"] = char.ToLowerInvariant(e.Category[0]) + e.Category[1..],
                ["status"] = char.ToLowerInvariant(e.Status[0]) + e.Status[1..],
                ["receivedOn"] = e.ReceivedOn,
                ["settledOn"] = e.SettledOn,
                ["town"] = e.Town,
                ["removed"] = e.Removed,
                ["version"] = e.Version,
            })),
    ];
}
