namespace Federation.Host.Messaging;

/// <summary>How outbox rows reach the consumers. See docs/adr/0015-postgresql-and-rabbitmq.md.</summary>
internal enum MessageTransport
{
    /// <summary>In this process, each handler over a batch in one transaction (ADR 0016): one host.</summary>
    InMemory,

    /// <summary>Through a RabbitMQ broker: consumers of several hosts compete on one queue per handler.</summary>
    RabbitMq,
}

internal sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();
}

internal sealed class RabbitMqOptions
{
    /// <summary>The broker and virtual host, e.g. rabbitmq://127.0.0.1/ or rabbitmq://mq.internal/federation.</summary>
    public string Host { get; set; } = "rabbitmq://127.0.0.1/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>Starts every exchange and queue name, so deployments (or test hosts) sharing a broker never see each other's events.</summary>
    public string Prefix { get; set; } = "federation";

    /// <summary>Queues that vanish with the host: for tests only, where nothing must outlive the run.</summary>
    public bool TemporaryQueues { get; set; }
}
