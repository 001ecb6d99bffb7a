using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Data;
using Federation.Kernel.Reminders;
using Federation.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Notifications;

/// <summary>
/// One pass of the reminder job: asks every module what is due, and writes the notices that
/// have not been written yet — a reminder from the item's first reminding day to its due date,
/// then an overdue notice to those responsible and an escalation to their leadership. Running
/// it twice, or after a restart, writes nothing new.
/// </summary>
internal sealed class ReminderSweep(ILifetimeScope root, TimeProvider clock, ILogger<ReminderSweep> logger)
{
    // The hourly job and an administrator's "run now" must not both write the same notice.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<int> Run(CancellationToken ct)
    {
        await oneAtATime.WaitAsync(ct);
        try { return await Sweep(ct); }
        finally { oneAtATime.Release(); }
    }

    private async Task<int> Sweep(CancellationToken ct)
    {
        await using var scope = root.BeginSystemScope();
        var today = ChinaCalendar.Today(clock);
        var items = new List<DueItem>();
        foreach (var module in scope.Resolve<IEnumerable<IDueItems>>())
            items.AddRange(await module.Due(today, ct));

        var db = scope.Resolve<PlatformDbContext>();
        var recipients = await ReminderRecipients.Load(db, scope.Resolve<Roles>(), scope.Resolve<OrganisationTree>(), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var wanted = new List<Notification>();
        foreach (var item in items.Where(i => today >= i.RemindFrom))
        {
            var responsible = recipients.Responsible(item);
            var overdue = today > item.DueOn;
            wanted.AddRange(responsible.Select(user => Notice(item, user, overdue ? NotificationKind.Overdue : NotificationKind.Reminder, now)));
            if (overdue)
                wanted.AddRange(recipients.Leadership(item.OrganisationId).Except(responsible)
                    .Select(user => Notice(item, user, NotificationKind.Escalation, now)));
        }

        // Two modules (or one registered twice) may name the same item: one notice each still.
        wanted = wanted.DistinctBy(n => (n.UserId, n.ItemKey, n.Kind, n.DueOn)).ToList();
        var fresh = new List<Notification>();
        foreach (var chunk in wanted.Chunk(500))
        {
            var keys = chunk.Select(n => n.ItemKey).Distinct().ToList();
            var sent = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.ItemKey))
                    .Select(n => new { n.UserId, n.ItemKey, n.Kind, n.DueOn }).ToListAsync(ct))
                .Select(n => (n.UserId, n.ItemKey, n.Kind, n.DueOn)).ToHashSet();
            fresh.AddRange(chunk.Where(n => sent.Add((n.UserId, n.ItemKey, n.Kind, n.DueOn))));
        }
        if (fresh.Count == 0) return 0;
        db.Notifications.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Count} reminders written for {Items} due items", fresh.Count, items.Count);
        return fresh.Count;
    }

    private static Notification Notice(DueItem item, Guid user, NotificationKind kind, DateTime now) => new()
    {
        UserId = user,
        ItemKey = item.Key.Length > 200 ? item.Key[..200] : item.Key,
        Kind = kind,
        DueOn = item.DueOn,
        OrganisationId = item.OrganisationId,
        TitleZh = item.Title.Zh,
        TitleEn = item.Title.En,
        Link = item.Link,
        CreatedAtUtc = now,
    };
}
