using System.Globalization;
using Federation.Kernel.Time;
using Federation.Platform.Data;
using Federation.Platform.Notifications;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Webhooks;

/// <summary>
/// Counts a subscription's failed attempts in a row and pauses it at the limit, telling its owner
/// with a notification; a success starts the count again.
/// </summary>
internal sealed class WebhookPause(PlatformDbContext db, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookPause> log)
{
    /// <summary>Counts one round's answers of a subscription, in the order they were posted.</summary>
    public async Task Count(Guid subscriptionId, IReadOnlyList<bool> succeeded, CancellationToken ct)
    {
        var lastSuccess = succeeded.Count - 1;
        while (lastSuccess >= 0 && !succeeded[lastSuccess]) lastSuccess--;
        var failedSince = succeeded.Count - 1 - lastSuccess;
        var restart = lastSuccess >= 0;
        // Counted in the database, not on a tracked row: the count is no edit of the subscription (no version, no audit entry).
        await db.InBulkTransaction(token => db.WebhookSubscriptions.Where(s => s.Id == subscriptionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailuresInARow, x => (restart ? 0 : x.FailuresInARow) + failedSince), token), ct);
        if (failedSince == 0) return;
        var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId, ct);
        if (subscription is null || subscription.IsPaused || subscription.FailuresInARow < options.Value.PauseAfterFailures) return;
        var now = clock.GetUtcNow().UtcDateTime;
        subscription.PausedAtUtc = now;
        db.Notifications.Add(new Notification
        {
            UserId = subscription.OwnerId,
            ItemKey = $"webhook:{subscription.Id}:{now.Ticks}",
            Kind = NotificationKind.WebhookPaused,
            DueOn = ChinaCalendar.Today(clock),
            OrganisationId = subscription.OrganisationId,
            TitleZh = Title(subscription, "zh-CN"),
            TitleEn = Title(subscription, "en"),
            Link = $"/admin/webhooks/{subscription.Id}",
            CreatedAtUtc = now,
        });
        await db.SaveChangesAsync(ct);
        log.LogWarning("Webhook subscription {Subscription} to {Url} paused after {Failures} failed attempts in a row",
            subscription.Id, subscription.Url, subscription.FailuresInARow);
    }

    private static string Title(WebhookSubscription subscription, string culture) =>
        PlatformText.Format("Webhooks.PausedNotice", CultureInfo.GetCultureInfo(culture), subscription.Description, subscription.FailuresInARow);
}
