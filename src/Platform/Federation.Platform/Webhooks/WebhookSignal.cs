namespace Federation.Platform.Webhooks;

/// <summary>Wakes the sender when deliveries were queued, so a delivery leaves within a moment of its commit rather than at the next poll.</summary>
internal sealed class WebhookSignal
{
    private readonly SemaphoreSlim waiting = new(0, 1);

    public void Queued()
    {
        if (waiting.CurrentCount == 0) try { waiting.Release(); } catch (SemaphoreFullException) { /* already awake */ }
    }

    /// <summary>True when woken by <see cref="Queued"/>, false when <paramref name="atMost"/> passed.</summary>
    public Task<bool> Wait(TimeSpan atMost, CancellationToken ct) => waiting.WaitAsync(atMost, ct);
}
