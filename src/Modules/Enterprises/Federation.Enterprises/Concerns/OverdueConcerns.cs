using Autofac;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Scheduling;
using Federation.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Enterprises.Concerns;

/// <summary>
/// Flags the pending concerns that passed their due date. The flag is part of the record, so the
/// scorecard learns of it through the usual facts; flagging twice changes nothing.
/// </summary>
internal sealed class OverdueConcerns(EnterprisesDbContext db, TimeProvider clock)
{
    public async Task<int> Flag(CancellationToken ct)
    {
        var today = ChinaCalendar.Today(clock);
        var due = await db.Concerns
            .Where(c => (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Referred) && c.DueOn < today && c.OverdueSince == null)
            .ToListAsync(ct);
        foreach (var concern in due.Where(c => c.MarkOverdue(today)))
            db.Publish(() => new ConcernChanged(concern.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}

/// <summary>
/// Runs <see cref="OverdueConcerns"/> at start and then every hour, as the system; of several
/// hosts, only the one that claims the hour does.
/// </summary>
internal sealed class OverdueSweep(ILifetimeScope scope, IScheduledRounds rounds, TimeProvider clock, ILogger<OverdueSweep> logger) : BackgroundService
{
    private const string Job = "ent:overdue-concerns";
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await rounds.TryClaim(Job, Rounds.HourOf(clock.GetUtcNow()), stoppingToken))
                {
                    await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                    continue;
                }
                await using var inner = scope.BeginSystemScope();
                var flagged = await inner.Resolve<OverdueConcerns>().Flag(stoppingToken);
                if (flagged > 0) logger.LogInformation("{Count} concerns went past their due date", flagged);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A busy database or a version clash: the next round flags what this one missed.
                logger.LogWarning(ex, "Flagging overdue concerns failed; trying again at the next round");
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
