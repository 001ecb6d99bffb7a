using System.Reflection;
using Autofac;
using Federation.Kernel.Kpis;
using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;
using Federation.Kernel.Persistence;
using Federation.Kernel.Scheduling;

namespace Federation.Host.Modules;

/// <summary>
/// Which class answers each port (an interface marked <see cref="PortAttribute"/>): the host for
/// its own, else the one running module that provides it, else the port's declared answer for
/// when none does. Two answers for one port are refused when the modules are found, so the answer
/// never depends on which registration Autofac happened to see last.
/// </summary>
internal sealed class PortAnswers
{
    /// <summary>The ports the host itself answers (RuntimeComposition, ModuleComposition).</summary>
    public static readonly IReadOnlyList<Type> OfTheHost =
        [typeof(IModuleDirectory), typeof(IKpiCatalogue), typeof(IEventHistory), typeof(IOutboxBacklog), typeof(Federation.Kernel.Search.ISearchableRecords), typeof(Federation.Kernel.RecycleBin.IRecycledRecords), typeof(IHostIdentity), typeof(IStoreCapabilities), typeof(IReadSnapshots)];

    private readonly Dictionary<Type, string> answeredBy = OfTheHost.ToDictionary(t => t, _ => "the host");
    private readonly List<ProvidedPort> provided = [];

    /// <summary>Why the module's ports cannot be taken (another answers one already, or one is not a port); null when they can.</summary>
    public string? Clash(string module, ModuleRegistration registration)
    {
        foreach (var port in registration.Ports)
        {
            if (port.Port.GetCustomAttribute<PortAttribute>() is null)
                return $"{module} provides {port.Port.Name}, which is not marked [Port].";
            if (answeredBy.TryGetValue(port.Port, out var other))
                return $"{module} and {other} both provide {port.Port.Name}; one port has one answer.";
        }
        return null;
    }

    public void Take(string module, ModuleRegistration registration)
    {
        foreach (var port in registration.Ports)
        {
            answeredBy[port.Port] = module;
            provided.Add(port);
        }
    }

    /// <summary>Registers every module's answer, and the declared answer of each port in <paramref name="assemblies"/> that no one provides.</summary>
    public void RegisterIn(ContainerBuilder container, IEnumerable<Assembly> assemblies)
    {
        foreach (var port in provided)
            container.RegisterType(port.Implementation).As(port.Port).InstancePerLifetimeScope();
        var unanswered = assemblies.Distinct().SelectMany(a => a.GetTypes())
            .Where(t => t.IsInterface && !answeredBy.ContainsKey(t))
            .Select(t => (Port: t, WhenAbsent: t.GetCustomAttribute<PortAttribute>()?.WhenAbsent))
            .Where(p => p.WhenAbsent is not null);
        foreach (var (port, whenAbsent) in unanswered)
            container.RegisterType(whenAbsent!).As(port).SingleInstance();
    }

    /// <summary>Who answers <paramref name="port"/>: "the host", a module's name, or null when no one does.</summary>
    public string? AnsweredBy(Type port) => answeredBy.GetValueOrDefault(port);
}
