using Npgsql;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// Which engines a test run's hosts use. By default each factory gets a SQLite file and in-process
/// delivery; with FEDERATION_TEST_STORE=postgres (set by build/test.sh for its second pass) each
/// factory gets a database of its own on the PostgreSQL server and its own prefix on the RabbitMQ
/// broker, so the same tests run against the scale-out engines. The crash tests compile this file
/// in too, for their multi-host test.
/// </summary>
public static class TestStore
{
    public static bool OnPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("FEDERATION_TEST_STORE"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server's login, as build/services.sh creates it; the database name is replaced per factory.</summary>
    public static string PostgresServer { get; } = Environment.GetEnvironmentVariable("FEDERATION_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Username=federation;Password=federation;Database=federation";

    /// <summary>The broker and the virtual host build/test.sh empties before each run.</summary>
    public static string RabbitMqHost { get; } = Environment.GetEnvironmentVariable("FEDERATION_TEST_RABBITMQ")
        ?? "rabbitmq://127.0.0.1/federation-tests";

    /// <summary>
    /// Settings that point one host at a fresh database and broker prefix named <paramref name="name"/>.
    /// Queues are temporary unless hosts must outlive each other on them (a restarted host).
    /// </summary>
    public static IEnumerable<(string Key, string Value)> Settings(string name, bool durableQueues = false)
    {
        yield return ("Store:Provider", "Postgres");
        yield return ("Store:Postgres", DatabaseFor(name));
        yield return ("Messaging:Transport", "RabbitMq");
        yield return ("Messaging:RabbitMq:Host", RabbitMqHost);
        yield return ("Messaging:RabbitMq:Prefix", name);
        yield return ("Messaging:RabbitMq:TemporaryQueues", durableQueues ? "false" : "true");
    }

    public static string DatabaseFor(string name) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;

    /// <summary>Drops the factory's database, closing whatever connections its host left in the pool.</summary>
    public static void Drop(string name)
    {
        var database = DatabaseFor(name);
        using (var pooled = new NpgsqlConnection(database)) NpgsqlConnection.ClearPool(pooled);
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Pooling = false }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        try
        {
            drop.ExecuteNonQuery();
        }
        catch (PostgresException cleanup)
        {
            // Clean-up only: a database left behind costs disk, not a verdict; build/test.sh's server is thrown away.
            Console.Error.WriteLine($"Could not drop test database {name}: {cleanup.MessageText}");
        }
    }
}
