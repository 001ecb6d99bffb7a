using Federation.Kernel.Modules;

namespace Federation.Kernel.Scheduling;

/// <summary>
/// This host among the others sharing the store (setting <c>Host:Name</c>, else the machine name).
/// Work that stays on one machine (an uploaded file being imported) names the host that holds it,
/// and a host restarted under the same name takes back what its last run left.
/// </summary>
[Port]
public interface IHostIdentity
{
    /// <summary>The host's name: at most 100 characters, the same across restarts.</summary>
    string Name { get; }
}
