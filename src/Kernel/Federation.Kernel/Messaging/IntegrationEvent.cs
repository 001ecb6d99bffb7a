namespace Federation.Kernel.Messaging;

/// <summary>
/// The base of every fact one module tells the others. Immutable; <see cref="EventId"/> is the
/// outbox row's id and the message id on the bus, so consumers can recognise a redelivery.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>A new time-ordered id per event; consumers' inboxes use it to skip a redelivery.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    /// <summary>When the event happened, in UTC.</summary>
    public DateTime OccurredAtUtc { get; init; } = DateTime.UtcNow;
}

/// <summary>
/// Handles one integration event inside the consuming module. The platform wraps it in the
/// module's inbox: a handler only changes its module's DbContext and never calls SaveChanges;
/// the inbox saves the change and the "seen" mark in one transaction.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    /// <summary>Applies the event to the module's own data through its DbContext; the inbox saves the change, so do not call SaveChanges.</summary>
    Task Handle(TEvent integrationEvent, CancellationToken cancellationToken);
}
