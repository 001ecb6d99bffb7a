using Federation.Kernel.Messaging;

namespace Federation.Host.Messaging;

/// <summary>How the dispatcher hands a batch of outbox rows to the consumers.</summary>
internal interface IEventDelivery
{
    /// <summary>
    /// Delivers the events in order and answers, for each, null when delivery is safe to forget
    /// (in process: every consumer has committed it) or why it is not, so only that row is retried.
    /// </summary>
    Task<IReadOnlyList<Exception?>> Deliver(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken);
}
