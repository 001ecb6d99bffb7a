using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.Host.Http;

/// <summary>
/// <c>/health/live</c>: the process answers (a service manager restarts it when not).
/// <c>/health/ready</c>: every check — the store reachable and at this build's migrations, the broker
/// when RabbitMQ carries the events, no event stuck in an outbox — as JSON, 503 naming the failing
/// check, so a load balancer sends no user to a host that cannot serve them. <c>/health</c>: the same
/// checks answered "Healthy" or "Unhealthy" in plain text, as before.
/// </summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        var every = new HealthCheckOptions { ResponseWriter = Write };
        app.MapHealthChecks("/health/ready", every).AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
    }

    private static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
