using Federation.IntegrationTests.Infrastructure;
using Npgsql;

namespace Federation.CrashTests.ScaleOut;

/// <summary>
/// The PostgreSQL server and RabbitMQ broker build/services.sh starts, and a database and a broker
/// prefix of this test's own on them, so the run shares nothing with any other.
/// </summary>
internal sealed class ScaleOutServices : IDisposable
{
    public string Name { get; } = "fedscale_" + Guid.NewGuid().ToString("N");

    public string Database => TestStore.DatabaseFor(Name);

    /// <summary>What every host of the test is started with: durable queues, since a killed host comes back to them.</summary>
    public Dictionary<string, string> HostSettings(string hostName) =>
        TestStore.Settings(Name, durableQueues: true).Append((Key: "Host:Name", Value: hostName)).ToDictionary(s => s.Key, s => s.Value);

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

    public void Dispose() => TestStore.Drop(Name);
}
