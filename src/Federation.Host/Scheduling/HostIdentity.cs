using Federation.Kernel.Scheduling;

namespace Federation.Host.Scheduling;

/// <summary>
/// Names this host among the others sharing the store (setting <c>Host:Name</c>, else the machine
/// name). A host restarted under the same name takes back what its last run left: the import jobs
/// it was running are marked interrupted by it and by no other host.
/// </summary>
internal sealed class HostIdentity(IConfiguration configuration) : IHostIdentity
{
    public string Name { get; } = configuration["Host:Name"] is { Length: > 0 } name ? name[..Math.Min(name.Length, 100)] : Environment.MachineName;
}
