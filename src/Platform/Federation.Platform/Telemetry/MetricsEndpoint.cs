using Federation.Kernel.Http;
using Federation.Platform.Resources;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Telemetry;

/// <summary>
/// <c>GET /metrics</c>: the Prometheus text of every instrument, for the callers
/// <see cref="MetricsAccess"/> lets in; 404 when switched off and 403 for anyone else, as problem
/// documents, never the figures.
/// </summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            var options = http.RequestServices.GetRequiredService<IOptions<TelemetryOptions>>().Value.Metrics;
            if (!options.Enabled)
                throw new RequestRejectedException("path", PlatformText.Get("Metrics.Off"), StatusCodes.Status404NotFound);
            var access = http.RequestServices.GetRequiredService<MetricsAccess>();
            if (!access.Allows(http.Connection.RemoteIpAddress, http.Request.Headers.Authorization))
                throw new RequestRejectedException("authorization", PlatformText.Get("Metrics.Refused"), StatusCodes.Status403Forbidden);
            // The gauges' callbacks cannot wait for the database: read the figures now, for this scrape.
            await http.RequestServices.GetRequiredService<StatusFigures>().Current(http.RequestAborted);
            await next(http);
        }), optionsName: null);
}
