using Federation.Host.Persistence;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// Every module keeps one migration set per engine (docs/adr/0015-postgresql-and-rabbitmq.md).
/// A model change that got a migration for one engine and not the other fails here, before any
/// deployment on the other engine finds out.
/// </summary>
public sealed class MigrationSetTests
{
    private static readonly IReadOnlyList<Type> Contexts = AppDomain.CurrentDomain.GetAssemblies()
        .Append(typeof(Federation.Host.Persistence.IStore).Assembly)
        .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "Federation.*.dll")
            .Select(f => System.Reflection.AssemblyName.GetAssemblyName(f))
            .Where(n => !n.Name!.EndsWith("Tests", StringComparison.Ordinal))
            .Select(System.Reflection.Assembly.Load))
        .Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsSubclassOf(typeof(ModuleDbContext)) && !t.IsAbstract)
        .Distinct()
        .ToList();

    public static TheoryData<string> ContextNames() => new(Contexts.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(ContextNames))]
    public void Each_engine_has_its_own_migrations_and_they_match_the_model(string contextName)
    {
        var type = Contexts.Single(t => t.Name == contextName);
        var folder = Path.Combine(Path.GetTempPath(), "federation-tests", "migrations-" + Guid.NewGuid().ToString("N"));
        IStore[] stores =
        [
            new SqliteStore(new StoreOptions { SqlitePath = Path.Combine(folder, "never-migrated.db") }),
            // Never connected to: the model and the migrations are read without a server.
            new PostgresStore(new StoreOptions { Provider = StoreProvider.Postgres, Postgres = "Host=127.0.0.1;Database=never_opened" }),
        ];
        try
        {
            var sets = stores.Select(store =>
            {
                using var context = Open(type, store);
                var migrations = context.Database.GetMigrations().ToList();
                migrations.Should().NotBeEmpty("{0} needs migrations for {1}", contextName, store.Provider);
                context.Database.HasPendingModelChanges().Should().BeFalse(
                    "{0}'s {1} migrations should match its model: add one with the command in docs/modules.md", contextName, store.Provider);
                return migrations;
            }).ToList();
            sets[0].Should().NotIntersectWith(sets[1], "each engine has a set of its own");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static ModuleDbContext Open(Type contextType, IStore store)
    {
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        // The prefix only names the migrations history table, which these checks never read.
        store.Configure(options, "history");
        return (ModuleDbContext)Activator.CreateInstance(contextType, options.Options, ModuleContextServices.DesignTime)!;
    }
}
