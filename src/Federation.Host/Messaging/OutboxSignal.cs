using System.Threading.Channels;
using Federation.Kernel.Persistence;

namespace Federation.Host.Messaging;

/// <summary>A doorbell for the dispatcher: many rings before it wakes count as one.</summary>
internal sealed class OutboxSignal : IOutboxSignal
{
    private readonly Channel<bool> bell = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => bell.Writer.TryWrite(true);

    /// <summary>Waits for a ring or the recovery poll, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(poll);
        try
        {
            await bell.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll elapsed: look for rows left behind by a crash or a failed delivery.
        }
    }
}
