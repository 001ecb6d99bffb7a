using System.Diagnostics.Metrics;
using Federation.Kernel.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Federation.Platform.Telemetry;

/// <summary>
/// OpenTelemetry for the host: request, outbox, consumer, import, reminder and database metrics
/// for Prometheus at /metrics, request traces, both pushed over OTLP when
/// <c>Telemetry:Otlp:Endpoint</c> is set; and console logs as JSON lines carrying the request's
/// trace, span and request ids when <c>Logging:Json</c> says so (ADR 0034).
/// </summary>
internal static class TelemetrySetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("Federation", serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics => metrics
                .AddMeter(FederationMeter.Name)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter()
                .WhenBuilt((provider, builder) =>
                {
                    // Every meter provider in a process hears every meter; one made by another host's factory (test
                    // hosts side by side) is not this host's, and its figures would mix with or replace ours.
                    var own = provider.GetRequiredService<IMeterFactory>();
                    builder.AddView(instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own)
                        ? null : MetricStreamConfiguration.Drop);
                    if (OtlpEndpoint(provider) is { } endpoint)
                        builder.AddReader(new PeriodicExportingMetricReader(new OtlpMetricExporter(new OtlpExporterOptions { Endpoint = endpoint })));
                }))
            .WithTracing(tracing => tracing
                // A scrape every few seconds would bury the requests people made.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(MetricsEndpoint.Path))
                .WhenBuilt((provider, builder) =>
                {
                    if (OtlpEndpoint(provider) is { } endpoint)
                        builder.AddProcessor(new OpenTelemetry.BatchActivityExportProcessor(new OtlpTraceExporter(new OtlpExporterOptions { Endpoint = endpoint })));
                }));

        // The host's logging already records the activity's trace and span ids; printing the scopes puts them, and the request id, on each line.
        services.AddOptions<ConsoleLoggerOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            if (configuration.GetValue<bool?>("Logging:Json") is { } json)
                options.FormatterName = json ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple;
        });
        services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });
    }

    // The OTLP exporters are added once the settings can be read, and only when an endpoint is set.
    private static MeterProviderBuilder WhenBuilt(this MeterProviderBuilder metrics, Action<IServiceProvider, MeterProviderBuilder> configure) =>
        ((IDeferredMeterProviderBuilder)metrics).Configure(configure);

    private static TracerProviderBuilder WhenBuilt(this TracerProviderBuilder tracing, Action<IServiceProvider, TracerProviderBuilder> configure) =>
        ((IDeferredTracerProviderBuilder)tracing).Configure(configure);

    private static Uri? OtlpEndpoint(IServiceProvider provider) =>
        provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.Otlp.Endpoint is { Length: > 0 } endpoint
            ? new Uri(endpoint, UriKind.Absolute)
            : null;
}
