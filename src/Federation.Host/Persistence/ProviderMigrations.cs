using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Persistence;

/// <summary>
/// Finds a context's migrations for the engine in use. A module keeps two sets in its own
/// assembly: SQLite's in <c>Data/Migrations</c> and PostgreSQL's in <c>Data/Migrations/Postgres</c>
/// (namespace ending in <c>.Postgres</c>). EF alone would see both sets as one history, since it
/// matches migrations by context type only. See docs/adr/0015-postgresql-and-rabbitmq.md.
/// </summary>
internal sealed class ProviderMigrations(ICurrentDbContext current, IMigrationsIdGenerator ids) : IMigrationsAssembly
{
    public const string PostgresNamespace = "Postgres";

    private IReadOnlyDictionary<string, TypeInfo>? migrations;
    private ModelSnapshot? snapshot;
    private bool snapshotLooked;

    private Type ContextType => current.Context.GetType();

    private bool ForPostgres => current.Context.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    public Assembly Assembly => ContextType.Assembly;

    // EF makes one of these per context instance and /health opens every context: scan once per context type and engine.
    private static readonly ConcurrentDictionary<(Type Context, bool Postgres), IReadOnlyDictionary<string, TypeInfo>> Found = new();

    public IReadOnlyDictionary<string, TypeInfo> Migrations => migrations ??= Found.GetOrAdd((ContextType, ForPostgres), _ => Assembly.DefinedTypes
        .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && BelongsHere(t))
        .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
        .Where(m => m.Id is not null)
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id!, m => m.Type));

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (snapshotLooked) return snapshot;
            snapshotLooked = true;
            var type = Assembly.DefinedTypes.FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract && BelongsHere(t));
            return snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type)!;
        }
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(
        ids.IsValidId(nameOrId)
            ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            : id => string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool BelongsHere(TypeInfo type) =>
        type.GetCustomAttribute<DbContextAttribute>()?.ContextType == ContextType
        && IsPostgresSet(type) == ForPostgres;

    private static bool IsPostgresSet(TypeInfo type) =>
        type.Namespace?.EndsWith("." + PostgresNamespace, StringComparison.Ordinal) == true;
}
