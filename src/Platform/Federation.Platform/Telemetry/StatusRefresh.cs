using Microsoft.Extensions.Options;

namespace Federation.Platform.Telemetry;

/// <summary>
/// Reads the figures every <see cref="Every"/> while OTLP export is on, since no scrape asks for
/// them then; without an OTLP endpoint it does nothing, and /metrics reads them itself.
/// </summary>
internal sealed class StatusRefresh(StatusFigures figures, IOptions<TelemetryOptions> options, TimeProvider clock, ILogger<StatusRefresh> logger)
    : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Otlp.Endpoint.Length == 0) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await figures.Current(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "Reading the service's figures for export failed; trying again in {Every}", Every);
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
