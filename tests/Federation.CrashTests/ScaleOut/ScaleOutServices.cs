using Npgsql;

namespace Federation.CrashTests.ScaleOut;

/// <summary>
/// The PostgreSQL server and RabbitMQ broker build/services.sh starts, and a database and a broker
/// prefix of this test's own on them, so the run shares nothing with any other.
/// </summary>
internal sealed class ScaleOutServices : IDisposable
{
    private static readonly string Server = Environment.GetEnvironmentVariable("FEDERATION_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Username=federation;Password=federation;Database=federation";

    private static readonly string Broker = Environment.GetEnvironmentVariable("FEDERATION_TEST_RABBITMQ")
        ?? "rabbitmq://127.0.0.1/federation-tests";

    public string Name { get; } = "fedscale_" + Guid.NewGuid().ToString("N");

    public string Database => new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString;

    /// <summary>What every host of the test is started with; each adds its own name.</summary>
    public Dictionary<string, string> HostSettings(string hostName) => new()
    {
        ["Store:Provider"] = "Postgres",
        ["Store:Postgres"] = Database,
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMq:Host"] = Broker,
        ["Messaging:RabbitMq:Prefix"] = Name,
        ["Messaging:RabbitMq:TemporaryQueues"] = "false",
        ["Host:Name"] = hostName,
    };

    public async Task<T> Query<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    public async Task<List<Guid>> Ids(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
