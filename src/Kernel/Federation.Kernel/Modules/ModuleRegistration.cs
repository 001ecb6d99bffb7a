using Autofac;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Kernel.Modules;

/// <summary>
/// What a module hands the host while it is being registered. It is read before the container
/// is built (the bus needs the subscriptions), so service registrations are recorded here and
/// applied to the one application container when it is built.
/// </summary>
public sealed class ModuleRegistration
{
    private readonly List<EventSubscription> subscriptions = [];
    private readonly List<Action<ContainerBuilder>> services = [];
    private readonly List<Action<IServiceCollection>> frameworkServices = [];
    private readonly List<ProvidedPort> ports = [];
    private readonly HashSet<Type> relayed = [];

    /// <summary>The module's DbContext, if it stores anything.</summary>
    public Type? DbContextType { get; private set; }

    /// <summary>The event subscriptions made so far; the host hands them to the bus.</summary>
    public IReadOnlyList<EventSubscription> Subscriptions => subscriptions;

    /// <summary>The ports this module answers for everyone (<see cref="Provide{TPort, TImplementation}"/>).</summary>
    public IReadOnlyList<ProvidedPort> Ports => ports;

    /// <summary>Registers the module's own services in the application container.</summary>
    public void Services(Action<ContainerBuilder> register) => services.Add(register);

    /// <summary>
    /// Configures ASP.NET Core's own services, which are set up on the service collection rather
    /// than the container (authentication schemes, data protection, options bound to configuration).
    /// </summary>
    public void ConfigureServices(Action<IServiceCollection> configure) => frameworkServices.Add(configure);

    /// <summary>
    /// Declares this module the one that answers <typeparamref name="TPort"/>, a <see cref="PortAttribute"/>
    /// interface, with <typeparamref name="TImplementation"/>, one instance per scope (per request). The
    /// host refuses to start when another running module provides the same port.
    /// </summary>
    public void Provide<TPort, TImplementation>()
        where TPort : class
        where TImplementation : class, TPort =>
        ports.Add(new ProvidedPort(typeof(TPort), typeof(TImplementation)));

    /// <summary>Declares the module's DbContext; the host configures its store and applies its migrations.</summary>
    public void UseDbContext<TContext>() where TContext : ModuleDbContext => DbContextType = typeof(TContext);

    /// <summary>Subscribes a handler to an integration event, behind the module's inbox.</summary>
    public void Subscribe<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        if (DbContextType is null)
            throw new InvalidOperationException("Declare the DbContext with UseDbContext before subscribing: the inbox lives in it.");
        subscriptions.Add(new EventSubscription(typeof(TEvent), typeof(THandler), DbContextType));
        services.Add(container => container.RegisterType<THandler>().AsSelf().InstancePerLifetimeScope());
    }

    /// <summary>
    /// Subscribes the webhook relay to each event type <paramref name="offered"/> names, behind this
    /// module's inbox; the host calls it on the platform's registration with every running module's
    /// <see cref="IModule.WebhookEvents"/>.
    /// </summary>
    public void RelayWebhooks(IEnumerable<Webhooks.WebhookEventType> offered)
    {
        if (DbContextType is null)
            throw new InvalidOperationException("Declare the DbContext with UseDbContext before relaying webhooks: the inbox lives in it.");
        foreach (var eventType in offered.Select(o => o.EventType).Where(relayed.Add))
        {
            var relay = typeof(Webhooks.WebhookRelay<>).MakeGenericType(eventType);
            subscriptions.Add(new EventSubscription(eventType, relay, DbContextType));
            services.Add(container => container.RegisterType(relay).AsSelf().InstancePerLifetimeScope());
        }
    }

    /// <summary>Applies the recorded registrations but the ports, which the host registers once it has checked them; called once by the host.</summary>
    public void ApplyTo(ContainerBuilder container)
    {
        foreach (var register in services) register(container);
    }

    /// <summary>Applies the recorded <see cref="ConfigureServices"/> calls; called once by the host.</summary>
    public void ApplyTo(IServiceCollection collection)
    {
        foreach (var configure in frameworkServices) configure(collection);
    }
}

/// <summary>A port a module answers and the class that answers it.</summary>
/// <param name="Port">The <see cref="PortAttribute"/> interface.</param>
/// <param name="Implementation">The module's class that implements it.</param>
public sealed record ProvidedPort(Type Port, Type Implementation);

/// <summary>One handler of one event in one module.</summary>
/// <param name="EventType">The integration event handled.</param>
/// <param name="HandlerType">The handler class, resolved for each message.</param>
/// <param name="DbContextType">The module DbContext whose inbox records the event as processed.</param>
public sealed record EventSubscription(Type EventType, Type HandlerType, Type DbContextType);
