using System.Reflection;

namespace Federation.Kernel.Messaging;

/// <summary>
/// The name an integration event's outbox rows, or a handler's inbox rows and broker queue, carry
/// when it is not the type's full name: kept when a type moves to another namespace, so the rows
/// already stored and the queues already declared still find it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MessagingNameAttribute(string name) : Attribute
{
    /// <summary>The stored name, usually the full name the type had before it moved.</summary>
    public string Name { get; } = name;

    /// <summary>The name <paramref name="type"/> is stored and queued under: its <see cref="MessagingNameAttribute"/>, else its full name.</summary>
    public static string Of(Type type) => type.GetCustomAttribute<MessagingNameAttribute>()?.Name ?? type.FullName!;
}
