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

/// <summary>Wires the enabled modules into the one container, the mediator and the store.</summary>
internal static class ModuleComposition
{
    public static IReadOnlyList<(IModule Module, ModuleRegistration Registration)> AddModules(
        this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var registered = catalog.Enabled.Select(module =>
        {
            var registration = new ModuleRegistration();
            module.Register(registration);
            return (module, registration);
        }).ToList();

        var assemblies = catalog.Enabled.Select(m => m.GetType().Assembly).Distinct().ToList();
        var contextTypes = registered.Where(r => r.registration.DbContextType is not null)
            .Select(r => (Type: r.registration.DbContextType!, r.module.TablePrefix)).ToList();

        builder.Services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces().WithScopedLifetime());
        builder.Services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo<Federation.Kernel.Imports.ILedgerImport>(), publicOnly: false)
            .As<Federation.Kernel.Imports.ILedgerImport>().WithScopedLifetime());
        builder.Services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo<Federation.Kernel.Reminders.IDueItems>(), publicOnly: false)
            .As<Federation.Kernel.Reminders.IDueItems>().WithScopedLifetime());

        builder.Services.AddMediator(mediator =>
        {
            foreach (var subscription in registered.SelectMany(r => r.registration.Subscriptions))
                mediator.AddConsumer(typeof(InboxConsumer<,,>).MakeGenericType(
                    subscription.EventType, subscription.HandlerType, subscription.DbContextType));
        });

        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterInstance(catalog);
            container.RegisterInstance(new ModuleContexts(contextTypes.Select(c => c.Type).ToList()));
            container.Register(c => new EventTypes(assemblies.Concat(
                    catalog.Enabled.SelectMany(m => m.GetType().Assembly.GetReferencedAssemblies()
                        .Where(a => a.Name!.StartsWith("Federation.", StringComparison.Ordinal))
                        .Select(System.Reflection.Assembly.Load)))))
                .SingleInstance();
            container.Register(c => new SqliteStore(c.Resolve<IOptions<StoreOptions>>().Value)).SingleInstance();
            container.RegisterType<SqliteReadSnapshots>().As<IReadSnapshots>().SingleInstance();
            container.Register(c => new ModuleContextServices(
                    c.Resolve<ICurrentUser>(), c.Resolve<SqliteStore>().WriteGate, c.Resolve<OutboxSignal>()))
                .InstancePerLifetimeScope();

            foreach (var (type, prefix) in contextTypes)
                RegisterContextMethod.MakeGenericMethod(type).Invoke(null, [container, prefix]);

            foreach (var (_, registration) in registered) registration.ApplyTo(container);
        });
        return registered;
    }

    private static readonly System.Reflection.MethodInfo RegisterContextMethod =
        typeof(ModuleComposition).GetMethod(nameof(RegisterContext), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static void RegisterContext<TContext>(ContainerBuilder container, string tablePrefix) where TContext : ModuleDbContext
    {
        container.Register(c =>
            {
                var options = new DbContextOptionsBuilder<TContext>();
                c.Resolve<SqliteStore>().Configure(options, tablePrefix);
                return options.Options;
            })
            .As<DbContextOptions<TContext>>().SingleInstance();
        container.RegisterType<TContext>().AsSelf().InstancePerLifetimeScope();
    }

    /// <summary>Applies every module's migrations, platform first, before the app serves anything.</summary>
    public static async Task MigrateModules(this WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<ModuleContexts>();
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var type in contexts.Types)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            await db.Database.MigrateAsync();
        }
    }

    public static void MapModules(this WebApplication app, IEnumerable<IModule> modules)
    {
        foreach (var module in modules)
            module.MapEndpoints(app.MapGroup($"/api/{module.RoutePrefix}").RequireAuthorization());
    }
}
