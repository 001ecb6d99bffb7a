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

    /// <summary>
    /// The name <paramref name="type"/> is stored and queued under: its <see cref="MessagingNameAttribute"/>, else its
    /// full name; a closed generic handler (the webhook relay of one event) is named after its definition and its
    /// arguments ("…WebhookRelay-Federation.Trade.Contracts.OrderChanged"), since a generic's full name, with its
    /// assembly-qualified arguments, is no valid broker queue name.
    /// </summary>
    public static string Of(Type type) => type.GetCustomAttribute<MessagingNameAttribute>()?.Name
        ?? (type.IsConstructedGenericType
            ? type.GetGenericTypeDefinition().FullName![..type.GetGenericTypeDefinition().FullName!.IndexOf('`')] + "-" + string.Join("-", type.GenericTypeArguments.Select(Of))
            : type.FullName!);
}
