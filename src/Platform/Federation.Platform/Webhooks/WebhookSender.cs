namespace Federation.Platform.Webhooks;

/// <summary>
/// Sends what is due, round after round: woken when deliveries are queued, and otherwise every
/// <see cref="WebhookOptions.PollEvery"/> for retries that came due. Each round runs in a scope of
/// its own (<see cref="WebhookRound"/>).
/// </summary>
internal sealed class WebhookSender(IServiceScopeFactory scopes, WebhookSignal signal, Microsoft.Extensions.Options.IOptions<WebhookOptions> options, ILogger<WebhookSender> log)
    : BackgroundService
{
    // The inbox commits the queued rows a moment after the relay signals.
    private static readonly TimeSpan CommitGrace = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                sent = await scope.ServiceProvider.GetRequiredService<WebhookRound>().Run(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(failure, "A webhook round failed; the next one retries what is due");
            }
            if (sent > 0) continue;
            try
            {
                if (await signal.Wait(options.Value.PollEvery, stoppingToken)) await Task.Delay(CommitGrace, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
