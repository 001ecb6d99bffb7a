using Autofac.Extensions.DependencyInjection;
using Federation.Host.Http;
using Federation.Host.Modules;

namespace Federation.Host.Composition;

/// <summary>The host's composition, shared by serving (Program) and by the operator's commands (copy-store, migrate).</summary>
internal static class FederationHost
{
    /// <summary>Settings holding a path: a relative one is taken from the content root, never from the working directory.</summary>
    private static readonly string[] PathSettings = ["Store:SqlitePath", "Modules:Folder", "KeyRing:Folder"];

    public static (WebApplicationBuilder Builder, ModuleCatalog Catalog) CreateBuilder(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot() });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        AnchorPaths(builder);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        // Each does nothing unless the process was started by systemd (notify-ready, journald) or the Windows service manager.
        builder.Host.UseSystemd();
        builder.Host.UseWindowsService();

        var catalog = ModuleCatalog.Discover(builder.Configuration);
        builder.AddRuntime();
        builder.AddReverseProxy();
        builder.AddModules(catalog);
        builder.AddWebShell(catalog);
        return (builder, catalog);
    }

    /// <summary>
    /// The application's own folder, where publishing put appsettings.json and wwwroot, whatever
    /// folder a service manager or an operator starts it from. <c>ASPNETCORE_CONTENTROOT</c>, taken
    /// from the working directory, says otherwise: <c>dotnet run</c>'s launch profile sets it to the
    /// project folder, so a developer's data stays beside the sources.
    /// </summary>
    private static string ContentRoot() =>
        Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 } chosen ? Path.GetFullPath(chosen) : AppContext.BaseDirectory;

    private static void AnchorPaths(WebApplicationBuilder builder)
    {
        var anchored = PathSettings.Select(key => (key, value: builder.Configuration[key]))
            .Where(s => !string.IsNullOrWhiteSpace(s.value) && !Path.IsPathRooted(s.value))
            .ToDictionary(s => s.key, s => (string?)Path.GetFullPath(s.value!, builder.Environment.ContentRootPath));
        // The default paths are relative too, so they are written out here rather than left to each option class.
        if (string.IsNullOrWhiteSpace(builder.Configuration["Store:SqlitePath"]))
            anchored["Store:SqlitePath"] = Path.Combine(builder.Environment.ContentRootPath, "data", "federation.db");
        if (string.IsNullOrWhiteSpace(builder.Configuration["Modules:Folder"]))
            anchored["Modules:Folder"] = Path.Combine(builder.Environment.ContentRootPath, "modules");
        builder.Configuration.AddInMemoryCollection(anchored);
    }
}
