using Federation.Host.Bootstrap;
using Federation.Host.Composition;
using Federation.Host.Identity;
using Federation.Host.Modules;
using Federation.Host.Organisations;
using Federation.Host.Web;
using Scalar.AspNetCore;

if (args is ["copy-store", .. var copyArguments]) return await Federation.Host.Persistence.StoreCopyCommand.Run(copyArguments);

var (builder, catalog) = FederationHost.CreateBuilder(args);
var app = builder.Build();

foreach (var failure in catalog.Failed)
    app.Logger.LogError("Module {Module} from {Source} was not loaded: {Reason}", failure.Name, failure.Source, failure.Reason);
await app.MigrateModules(catalog);
await using (var startup = app.Services.CreateAsyncScope())
{
    var firstRun = await startup.ServiceProvider.GetRequiredService<FirstRun>().EnsureAdmin(CancellationToken.None);
    if (firstRun && app.Configuration.GetValue("Bootstrap:DemoData", true))
        await startup.ServiceProvider.GetRequiredService<DemoData>().Load(CancellationToken.None);
    await startup.ServiceProvider.GetRequiredService<OrganisationTree>().Get();
}

app.UseSecurityHeaders();
app.UseExceptionHandler("/status/500");
app.UseWebShell();
app.UseModuleOutages(catalog);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
SignInEndpoints.Map(app);
Federation.Host.Imports.ImportEndpoints.Map(app);
Federation.Host.Notifications.NotificationEndpoints.Map(app);
app.MapModules(catalog.Enabled);
app.MapRazorPages();

app.Logger.LogInformation("Federation started with modules {Modules}; switched off: {Disabled}",
    string.Join(", ", catalog.Enabled.Select(m => m.Name)), string.Join(", ", catalog.Disabled));
app.Run();
return 0;

/// <summary>The host's entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
