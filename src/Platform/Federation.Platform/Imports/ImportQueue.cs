using System.Threading.Channels;
using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Persistence;
using Federation.Kernel.Scheduling;

namespace Federation.Platform.Imports;

/// <summary>
/// Runs import jobs one after another in the background (SQLite has one writer anyway), so a
/// 100,000-row ledger does not hold a request open; the page polls the job for its progress.
/// Jobs come from this host's requests at once and, where hosts share the store, from the database
/// every few seconds when another host accepted a confirmation of a dry run whose file is here.
/// </summary>
internal sealed class ImportQueue(
    ILifetimeScope root, ImportRunner runner, ImportFiles files, TimeProvider clock, IHostIdentity host,
    IStoreCapabilities store, ILogger<ImportQueue> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(2);

    private readonly Channel<(Guid Job, ICurrentUser User)> waiting = Channel.CreateUnbounded<(Guid, ICurrentUser)>();
    private readonly HashSet<Guid> handedOver = [];

    public void Enqueue(Guid job, ICurrentUser user) => waiting.Writer.TryWrite((job, user));

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await MarkInterrupted(cancellationToken);
        files.Sweep(clock.GetUtcNow().UtcDateTime);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A SQLite file has one host: nothing can be handed over to it.
        var polling = store.SharedByHosts ? PollHandedOver(stoppingToken) : Task.CompletedTask;
        await RunWaiting(stoppingToken);
        await polling;
    }

    // Operational, not domain time: real seconds whatever clock the host is given.
    private async Task PollHandedOver(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = root.BeginSystemScope();
                var handed = await scope.Resolve<PlatformDbContext>().ImportJobs.AsNoTracking()
                    .Where(j => j.RunBy == host.Name && j.State == ImportState.Queued && j.RunAs != null)
                    .Select(j => new { j.Id, j.RunAs }).ToListAsync(stoppingToken);
                foreach (var job in handed.Where(j => handedOver.Add(j.Id)))
                    Enqueue(job.Id, FrozenUser.FromJson(job.RunAs!));
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "Looking for import jobs handed over by other hosts failed; trying again");
            }
            await Task.Delay(PollEvery, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task RunWaiting(CancellationToken stoppingToken)
    {
        await foreach (var (job, user) in waiting.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await runner.Run(job, user, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "Import {Job} stopped", job);
                await Stopped(job, stoppingToken);
            }
        }
    }

    // Jobs this host's last run was running or had queued will never finish: say so on their reports.
    // Other hosts' jobs are theirs; a job from before jobs named their host is this host's to close.
    private async Task MarkInterrupted(CancellationToken ct)
    {
        await using var scope = root.BeginSystemScope();
        var platform = scope.Resolve<PlatformDbContext>();
        await platform.ImportJobs.Where(j => (j.State == ImportState.Queued || j.State == ImportState.Running) && (j.RunBy == host.Name || j.RunBy == null))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportState.Interrupted), ct);
    }

    private async Task Stopped(Guid job, CancellationToken ct)
    {
        await using var scope = root.BeginSystemScope();
        var platform = scope.Resolve<PlatformDbContext>();
        await platform.ImportJobs.Where(j => j.Id == job)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportState.Interrupted)
                .SetProperty(j => j.FinishedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
    }
}
