using Autofac;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Persistence;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Kernel.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Host.Composition;

/// <summary>Wires the enabled modules into the one container, the messaging and the store.</summary>
internal static class ModuleComposition
{
    public static IReadOnlyList<(IModule Module, ModuleRegistration Registration)> AddModules(
        this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        // The catalog registered each module while discovering it, so one that throws is left out.
        var registered = catalog.Found.Select(f => (module: f.Module, registration: f.Registration)).ToList();

        var assemblies = catalog.Enabled.Select(m => m.GetType().Assembly).Distinct().ToList();
        var contextTypes = registered.Where(r => r.registration.DbContextType is not null)
            .Select(r => (Type: r.registration.DbContextType!, r.module.TablePrefix)).ToList();

        builder.Services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces().WithScopedLifetime());
        // What a work line answers for the platform is found in its assembly, never registered by hand.
        ScanFor<Federation.Kernel.Imports.ILedgerImport>();
        ScanFor<Federation.Kernel.Reminders.IDueItems>();
        ScanFor<Federation.Kernel.Workspace.IOpenWork>();
        ScanFor<Federation.Kernel.Calendar.ICalendarEntries>();
        ScanFor<Federation.Kernel.Audit.IAuditVocabulary>();
        ScanFor<Federation.Kernel.PersonalData.IPersonalDataHolder>();

        void ScanFor<TAnswer>() where TAnswer : class => builder.Services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo<TAnswer>(), publicOnly: false)
            .As<TAnswer>().WithScopedLifetime());

        builder.AddMessaging(registered.SelectMany(r => r.registration.Subscriptions).ToList());
        foreach (var (_, registration) in registered) registration.ApplyTo(builder.Services);

        // The kernel, the modules, and the Contracts they use: where event types and ports are declared.
        var declaring = assemblies.Append(typeof(IModule).Assembly).Concat(
                catalog.Enabled.SelectMany(m => m.GetType().Assembly.GetReferencedAssemblies()
                    .Where(a => a.Name!.StartsWith("Federation.", StringComparison.Ordinal))
                    // A dropped-in module's own Contracts live in its load context, not the host's.
                    .Select(a => System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(m.GetType().Assembly)!.LoadFromAssemblyName(a))))
            .Distinct().ToList();

        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterInstance(catalog).AsSelf().As<IModuleDirectory>();
            container.RegisterInstance(new ModuleContexts(contextTypes.Select(c => c.Type).ToList())).AsSelf().As<IModuleAvailability>();
            container.Register(c => new EventTypes(declaring)).SingleInstance();
            container.Register(c => OpenStore(c.Resolve<IOptions<StoreOptions>>().Value)).As<IStore>().SingleInstance();
            container.Register(c => c.Resolve<IStore>().ReadSnapshots).As<IReadSnapshots>().SingleInstance();
            container.Register(c => new ModuleContextServices(
                    c.Resolve<ICurrentUser>(), c.Resolve<IStore>().WriteGate, c.Resolve<OutboxSignal>()))
                .InstancePerLifetimeScope();

            foreach (var (type, prefix) in contextTypes)
                RegisterContextMethod.MakeGenericMethod(type).Invoke(null, [container, prefix]);

            foreach (var (_, registration) in registered) registration.ApplyTo(container);
            catalog.Ports.RegisterIn(container, declaring);
        });
        return registered;
    }

    private static IStore OpenStore(StoreOptions options) => options.Provider switch
    {
        StoreProvider.Postgres => new PostgresStore(options),
        _ => new SqliteStore(options),
    };

    private static readonly System.Reflection.MethodInfo RegisterContextMethod =
        typeof(ModuleComposition).GetMethod(nameof(RegisterContext), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static void RegisterContext<TContext>(ContainerBuilder container, string tablePrefix) where TContext : ModuleDbContext
    {
        container.Register(c =>
            {
                var options = new DbContextOptionsBuilder<TContext>();
                c.Resolve<IStore>().Configure(options, tablePrefix);
                return options.Options;
            })
            .As<DbContextOptions<TContext>>().SingleInstance();
        container.RegisterType<TContext>().AsSelf().InstancePerLifetimeScope();
    }

    /// <summary>
    /// Brings every module's tables up to date. A dropped-in module whose migrations fail is taken
    /// out of service and reported; the platform and the modules built with the host must migrate.
    /// A context whose applied migrations are exactly this build's is left alone (docs/adr/0040).
    /// </summary>
    public static async Task MigrateModules(this WebApplication app, ModuleCatalog catalog)
    {
        var store = app.Services.GetRequiredService<IStore>();
        if (store is PostgresStore postgres) await postgres.EnsureDatabase(CancellationToken.None);
        await using var migrating = await store.HoldMigrationLock(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = catalog.Found.Where(f => f.Registration.DbContextType is not null)
            .Select(f => (Found: f, Db: (DbContext)scope.ServiceProvider.GetRequiredService(f.Registration.DbContextType!))).ToList();
        await CheckTheDatabaseFits(app, store, contexts.Where(m => !m.Found.Source.IsDropIn).Select(m => m.Db).ToList());
        foreach (var (found, db) in contexts)
        {
            try
            {
                var state = await MigrationState.Of(db, CancellationToken.None);
                if (state.Unknown.Count > 0) throw new StartRefusedException(state.Describe());
                // Nothing to apply: skip Migrate's lock, model diff and second read of the history.
                if (state.Current) continue;
                await db.Database.MigrateAsync();
            }
            catch (Exception ex) when (found.Source.IsDropIn)
            {
                catalog.Fail(found.Module, "Migrations: " + ModuleFolder.Reason(ex));
                app.Services.GetRequiredService<ModuleContexts>().TakeOutOfService(found.Registration.DbContextType!);
                app.Logger.LogError(ex, "Module {Module} from {Source} could not migrate its tables and is out of service",
                    found.Module.Name, found.Source.Folder);
            }
        }
    }

    /// <summary>
    /// A database a newer build has migrated stops this one before anything is written: serving it
    /// could lose or corrupt what the newer tables hold. A database in use that this build will
    /// migrate is backed up first, so an upgrade can be undone by restoring that file.
    /// </summary>
    private static async Task CheckTheDatabaseFits(WebApplication app, IStore store, IReadOnlyList<DbContext> contexts)
    {
        var states = new List<MigrationState>();
        foreach (var db in contexts) states.Add(await MigrationState.Of(db, CancellationToken.None));
        if (states.FirstOrDefault(s => s.Unknown.Count > 0) is { } newer)
            throw new StartRefusedException($"This version of Federation is older than its database: {newer.Describe()}. " +
                "Install that version again (or a later one), or restore a backup made before the upgrade.");
        if (states.Any(s => s.Applied > 0) && states.Any(s => s.Pending.Count > 0))
            await UpgradeBackup.Take(store, app.Services.GetRequiredService<IOptions<StoreOptions>>().Value, app.Configuration, app.Logger);
    }

    /// <summary>A module out of service answers 503 on its API and pages, naming itself, rather than failing deeper.</summary>
    public static void UseModuleOutages(this WebApplication app, ModuleCatalog catalog) =>
        app.Use(async (http, next) =>
        {
            if (!catalog.AnyOutOfService)
            {
                await next(http);
                return;
            }
            var path = http.Request.Path.Value ?? "";
            var down = catalog.Enabled.FirstOrDefault(m => catalog.HasFailed(m) && OwnsPath(m, path));
            if (down is null)
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await Results.Problem(statusCode: 503, title: $"The {down.Name} work line is out of service.",
                detail: catalog.Failed.Last(f => f.Name == down.Name).Reason).ExecuteAsync(http);
        });

    private static bool OwnsPath(IModule module, string path) =>
        path.StartsWith($"/api/{module.RoutePrefix}/", StringComparison.OrdinalIgnoreCase)
        || path.Equals($"/api/{module.RoutePrefix}", StringComparison.OrdinalIgnoreCase)
        || module.Menu.Select(e => "/" + e.Path.Trim('/').Split('/')[0]).Distinct()
            .Any(root => path.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase) || path.Equals(root, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Runs each module's start-up work (<see cref="IModuleStartup"/>) in module order, after the
    /// migrations and before the host serves: the platform's first run and demo come first.
    /// </summary>
    public static async Task RunModuleStartups(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var startup in scope.ServiceProvider.GetServices<IModuleStartup>())
            await startup.Run(CancellationToken.None);
    }

    public static void MapModules(this WebApplication app, ModuleCatalog catalog)
    {
        foreach (var module in catalog.Enabled)
        {
            module.MapEndpoints(app.MapGroup($"/api/{module.RoutePrefix}").RequireAuthorization());
            module.MapSharedEndpoints(app.MapGroup("/api").RequireAuthorization());
            module.MapOutsideApi(app);
        }
        ModuleEndpoints.Map(app, catalog);
    }
}
