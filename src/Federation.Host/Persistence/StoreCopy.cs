using System.Data.Common;
using Federation.Host.Modules;
using Federation.Kernel.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Federation.Host.Persistence;

/// <summary>
/// Copies a SQLite database into an empty PostgreSQL database, table by table for every module,
/// then compares the row counts of each table on both sides. Used once, when a federation moves
/// from one machine to several (README: "Scale out"); the hosts must be stopped meanwhile.
/// </summary>
internal sealed class StoreCopy(IServiceProvider services, ModuleCatalog catalog, StoreOptions source, ILogger logger)
{
    private const int RowsPerBatch = 500;

    /// <summary>Returns the tables copied with their counts; throws when the target is not empty or a count differs.</summary>
    public async Task<IReadOnlyList<(string Table, long Rows)>> Run(CancellationToken ct)
    {
        if (!File.Exists(source.SqlitePath)) throw new InvalidOperationException($"No SQLite database at {Path.GetFullPath(source.SqlitePath)}.");
        // Disposed at the end: the store holds the database's lock file while it is open.
        using var sqliteStore = new SqliteStore(source);
        var copied = new List<(string, long)>();
        await using var scope = services.CreateAsyncScope();
        foreach (var contextType in catalog.Found.Select(f => f.Registration.DbContextType).OfType<Type>())
        {
            var target = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            await using var origin = OpenSqliteContext(contextType, sqliteStore, target.TablePrefix);
            var pending = await origin.Database.GetPendingMigrationsAsync(ct);
            if (pending.Any())
                throw new InvalidOperationException($"The SQLite database is behind on {target.ModuleName}'s migrations ({string.Join(", ", pending)}): start the host on it once, then copy.");
            await target.Database.MigrateAsync(ct);
            copied.AddRange(await CopyContext(origin, target, ct));
        }
        return copied;
    }

    private static ModuleDbContext OpenSqliteContext(Type contextType, SqliteStore store, string prefix)
    {
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        store.Configure(options, prefix);
        return (ModuleDbContext)Activator.CreateInstance(contextType, options.Options, ModuleContextServices.DesignTime)!;
    }

    private async Task<List<(string, long)>> CopyContext(ModuleDbContext origin, ModuleDbContext target, CancellationToken ct)
    {
        var counts = new List<(string, long)>();
        var from = (SqliteConnection)origin.Database.GetDbConnection();
        await from.OpenAsync(ct);
        var to = (NpgsqlConnection)target.Database.GetDbConnection();
        await to.OpenAsync(ct);
        try
        {
            foreach (var table in TablesInDependencyOrder(target.Model))
            {
                if (await Count(to, table.Qualified, ct) > 0)
                    throw new InvalidOperationException($"{table.Qualified} already has rows: copy only into an empty database.");
                await using var transaction = await to.BeginTransactionAsync(ct);
                var rows = await CopyTable(from, to, table, ct);
                await ResetIdentities(to, table, ct);
                await transaction.CommitAsync(ct);
                var written = await Count(to, table.Qualified, ct);
                if (written != rows) throw new InvalidOperationException($"{table.Qualified}: read {rows} rows but {written} are in PostgreSQL.");
                logger.LogInformation("Copied {Rows} rows into {Table}", rows, table.Qualified);
                counts.Add((table.Qualified, rows));
            }
        }
        finally
        {
            await from.CloseAsync();
            await to.CloseAsync();
        }
        return counts;
    }

    private static async Task<long> CopyTable(SqliteConnection from, NpgsqlConnection to, TableCopy table, CancellationToken ct)
    {
        await using var read = from.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}";
        await using var reader = await read.ExecuteReaderAsync(ct);
        var insert = $"INSERT INTO {table.Qualified} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) VALUES ";
        long rows = 0;
        var batch = new NpgsqlBatch(to);
        while (await reader.ReadAsync(ct))
        {
            var command = new NpgsqlBatchCommand(insert + "(" + string.Join(", ", table.Columns.Select((_, i) => "$" + (i + 1))) + ")");
            for (var i = 0; i < table.Columns.Count; i++)
                command.Parameters.Add(new NpgsqlParameter { Value = table.Columns[i].Read(reader, i) });
            batch.BatchCommands.Add(command);
            rows++;
            if (batch.BatchCommands.Count == RowsPerBatch)
            {
                await batch.ExecuteNonQueryAsync(ct);
                await batch.DisposeAsync();
                batch = new NpgsqlBatch(to);
            }
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
        await batch.DisposeAsync();
        return rows;
    }

    // Rows keep their ids; the identity sequences must then start after the highest one copied.
    private static async Task ResetIdentities(NpgsqlConnection to, TableCopy table, CancellationToken ct)
    {
        foreach (var column in table.Columns.Where(c => c.IsIdentity))
        {
            await using var reset = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table.Qualified.Replace("'", "''")}', '{column.Name.Replace("'", "''")}'), " +
                $"COALESCE((SELECT MAX({Quote(column.Name)}) FROM {table.Qualified}), 0) + 1, false)", to);
            await reset.ExecuteScalarAsync(ct);
        }
    }

    private static async Task<long> Count(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Tables a foreign key points at come before the tables pointing at them.</summary>
    private static List<TableCopy> TablesInDependencyOrder(IModel model)
    {
        var tables = model.GetRelationalModel().Tables.ToDictionary(t => t.Name);
        var ordered = new List<TableCopy>();
        var visited = new HashSet<string>();
        void Visit(ITable table)
        {
            if (!visited.Add(table.Name)) return;
            foreach (var key in table.ForeignKeyConstraints)
                if (tables.TryGetValue(key.PrincipalTable.Name, out var principal)) Visit(principal);
            ordered.Add(TableCopy.Of(table));
        }
        foreach (var table in tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal)) Visit(table);
        return ordered;
    }

    private static string Quote(string identifier) => PostgresStore.Quote(identifier);

    private sealed record TableCopy(string Name, string Qualified, IReadOnlyList<ColumnCopy> Columns)
    {
        public static TableCopy Of(ITable table) => new(
            table.Name,
            $"{Quote(table.Schema!)}.{Quote(table.Name)}",
            table.Columns.Select(ColumnCopy.Of).ToList());
    }

    /// <summary>
    /// A column read from SQLite as the CLR type PostgreSQL's mapping stores, so SQLite's text
    /// Guids, dates and decimals and its integer booleans arrive as uuid, timestamptz, numeric and boolean.
    /// </summary>
    private sealed record ColumnCopy(string Name, Type StoredAs, bool IsIdentity)
    {
        public static ColumnCopy Of(IColumn column)
        {
            var mapping = column.StoreTypeMapping;
            var stored = Nullable.GetUnderlyingType(mapping.Converter?.ProviderClrType ?? mapping.ClrType) ?? mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            var identity = column.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd
                && m.Property.ClrType is var t && (t == typeof(int) || t == typeof(long)));
            return new ColumnCopy(column.Name, stored, identity);
        }

        public object Read(DbDataReader reader, int ordinal)
        {
            if (reader.IsDBNull(ordinal)) return DBNull.Value;
            // A list of strings (a user's roles) is JSON text on SQLite and a native array on PostgreSQL.
            if (ElementOf(StoredAs) is { } element)
                return System.Text.Json.JsonSerializer.Deserialize(reader.GetString(ordinal), element.MakeArrayType())!;
            return StoredAs switch
            {
                var t when t == typeof(Guid) => reader.GetGuid(ordinal),
                var t when t == typeof(DateTime) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc),
                var t when t == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
                var t when t == typeof(TimeOnly) => reader.GetFieldValue<TimeOnly>(ordinal),
                var t when t == typeof(bool) => reader.GetBoolean(ordinal),
                var t when t == typeof(decimal) => reader.GetDecimal(ordinal),
                var t when t == typeof(double) => reader.GetDouble(ordinal),
                var t when t == typeof(long) => reader.GetInt64(ordinal),
                var t when t == typeof(int) => reader.GetInt32(ordinal),
                var t when t == typeof(short) => reader.GetInt16(ordinal),
                var t when t == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
                var t when t.IsEnum => reader.GetInt32(ordinal),
                _ => reader.GetString(ordinal),
            };
        }

        private static Type? ElementOf(Type type) =>
            type == typeof(string) || type == typeof(byte[]) ? null
            : type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }
}
