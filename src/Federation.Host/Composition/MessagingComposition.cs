using System.Text.Json.Serialization;
using Autofac;
using Federation.Host.Messaging;
using Federation.Kernel.Modules;
using MassTransit;

namespace Federation.Host.Composition;

/// <summary>
/// Wires the modules' handlers for in-process delivery (always: a replay of the event history runs
/// in this process) and, when the transport is RabbitMQ, to the broker, one queue per handler.
/// </summary>
internal static class MessagingComposition
{
    public static void AddMessaging(this WebApplicationBuilder builder, IReadOnlyList<EventSubscription> subscriptions)
    {
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        if (options.Transport == MessageTransport.RabbitMq)
        {
            var rabbit = options.RabbitMq;
            var consumers = subscriptions.Select(s => (Subscription: s, Consumer: typeof(InboxConsumer<,,>).MakeGenericType(s.EventType, s.HandlerType, s.DbContextType))).ToList();
            builder.Services.AddMassTransit(bus =>
            {
                foreach (var (subscription, consumer) in consumers)
                    bus.AddConsumer(consumer).Endpoint(endpoint =>
                    {
                        // One queue per handler, the same name on every host, so the hosts compete for its messages.
                        endpoint.Name = $"{rabbit.Prefix}.{InboxConsumerName.Of(subscription.HandlerType)}";
                        endpoint.Temporary = rabbit.TemporaryQueues;
                    });
                bus.UsingRabbitMq((context, broker) =>
                {
                    broker.Host(new Uri(rabbit.Host), host =>
                    {
                        host.Username(rabbit.Username);
                        host.Password(rabbit.Password);
                    });
                    broker.MessageTopology.SetEntityNameFormatter(
                        new PrefixEntityNameFormatter(broker.MessageTopology.EntityNameFormatter, rabbit.Prefix + "."));
                    broker.ConfigureJsonSerializerOptions(json =>
                    {
                        json.Converters.Add(new JsonStringEnumConverter());
                        return json;
                    });
                    // A handler that fails (a busy database, a deadlock) is retried here; past these the
                    // message waits in the handler's _error queue for an operator, never dropped.
                    broker.UseMessageRetry(retry => retry.Intervals(200, 1_000, 5_000, 15_000, 60_000));
                    broker.ConfigureEndpoints(context);
                });
            });
        }

        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterInstance(new EventHandlers(subscriptions)).AsSelf();
            container.RegisterType<InProcessDelivery>().AsSelf().SingleInstance();
            if (options.Transport == MessageTransport.RabbitMq)
                container.RegisterType<BusDelivery>().As<IEventDelivery>().SingleInstance();
            else
                container.Register(c => c.Resolve<InProcessDelivery>()).As<IEventDelivery>().SingleInstance();
        });
    }
}
