using Federation.Kernel.Modules;

namespace Federation.Kernel.Messaging;

/// <summary>
/// Every integration event the modules have published, kept in their outboxes. Replaying delivers
/// them again, in the order they happened, to every consumer; consumers that have seen an event
/// skip it through their inbox, so only a consumer that cleared its inbox rebuilds.
/// </summary>
[Port]
public interface IEventHistory
{
    /// <summary>Delivers the whole history again; returns how many events were delivered.</summary>
    Task<int> Replay(CancellationToken cancellationToken);
}
