using Federation.Kernel.Messaging;

namespace Federation.Host.Messaging;

/// <summary>Maps the names stored in outboxes (<see cref="MessagingNameAttribute"/>) back to event types, over every loaded assembly.</summary>
internal sealed class EventTypes
{
    private readonly Dictionary<string, Type> byName;

    public EventTypes(IEnumerable<System.Reflection.Assembly> assemblies) =>
        byName = assemblies.Append(typeof(IntegrationEvent).Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IntegrationEvent).IsAssignableFrom(t) && !t.IsAbstract)
            .ToDictionary(MessagingNameAttribute.Of, t => t);

    public Type? Find(string name) => byName.GetValueOrDefault(name);
}
