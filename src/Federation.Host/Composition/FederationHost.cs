using Autofac.Extensions.DependencyInjection;
using Federation.Host.Modules;

namespace Federation.Host.Composition;

/// <summary>The host's composition, shared by serving (Program) and by the copy-store command.</summary>
internal static class FederationHost
{
    public static (WebApplicationBuilder Builder, ModuleCatalog Catalog) CreateBuilder(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());

        var catalog = ModuleCatalog.Discover(builder.Configuration);
        builder.AddRuntime();
        builder.AddModules(catalog);
        builder.AddWebShell(catalog);
        return (builder, catalog);
    }
}
