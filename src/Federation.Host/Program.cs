using Federation.Host.Composition;
using Federation.Host.Http;
using Federation.Host.Persistence;
using Federation.Host.Web;
using Scalar.AspNetCore;

if (args is ["copy-store", .. var copyArguments]) return await StoreCopyCommand.Run(copyArguments);
if (args is ["migrate", .. var migrateArguments]) return await MigrateCommand.Run(migrateArguments, Console.Out, Console.Error);
if (OperatorCommands.Run(args, Console.Out, Console.Error) is { } exitCode) return exitCode;

var (builder, catalog) = FederationHost.CreateBuilder(args);
var app = builder.Build();

foreach (var failure in catalog.Failed)
    app.Logger.LogError("Module {Module} from {Source} was not loaded: {Reason}", failure.Name, failure.Source, failure.Reason);
try
{
    await app.MigrateModules(catalog);
}
catch (Exception failure) when (StartRefusedException.In(failure) is { } refused)
{
    app.Logger.LogCritical("Federation did not start: {Reason}", refused.Message);
    await Console.Error.WriteLineAsync($"Federation did not start: {refused.Message}");
    await app.DisposeAsync();
    return 1;
}
await app.RunModuleStartups();

app.UseReverseProxy();
app.UseSecurityHeaders();
app.UseExceptionHandler("/status/500");
app.UseWebShell();
app.UseModuleOutages(catalog);
app.UseCrossSiteApiRefusal();
app.UseApiBodyLimits();
// Before authentication, so a guessed API token is limited like a guessed password (docs/security.md).
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealth();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapModules(catalog);
app.MapRazorPages();

app.Logger.LogInformation("Federation started with modules {Modules}; switched off: {Disabled}",
    string.Join(", ", catalog.Enabled.Select(m => m.Name)), string.Join(", ", catalog.Disabled));
app.Run();
return 0;

/// <summary>The host's entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
