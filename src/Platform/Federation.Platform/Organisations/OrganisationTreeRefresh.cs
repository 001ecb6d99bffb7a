using Federation.Kernel.Persistence;

namespace Federation.Platform.Organisations;

/// <summary>
/// Where hosts share the store, reads the organisation tree again every minute, so a change an
/// admin made on another host reaches this one's requests without a request waiting for the read.
/// Alone on a SQLite file the host sees every change as it makes it, and this does nothing.
/// </summary>
internal sealed class OrganisationTreeRefresh(OrganisationTree tree, IStoreCapabilities store, ILogger<OrganisationTreeRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!store.SharedByHosts) return;
        // Operational, not domain time: real minutes whatever clock the host is given.
        using var every = new PeriodicTimer(tree.KeepFor);
        while (await every.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await tree.Reload(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "Reading the organisation tree again failed; requests keep the last one read until the next minute");
            }
        }
    }
}
