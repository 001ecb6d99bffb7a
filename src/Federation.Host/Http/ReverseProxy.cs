using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Federation.Host.Http;

/// <summary>
/// Serving behind a TLS-terminating proxy (nginx, IIS, a load balancer): the client's address and
/// scheme are taken from X-Forwarded-For/-Proto only when the request comes from an address in
/// <c>ReverseProxy:KnownProxies</c> or <c>ReverseProxy:KnownNetworks</c>; from anywhere else the
/// headers are ignored, so no client can claim HTTPS or another address. With the scheme known, the
/// session cookie is marked Secure and HSTS is sent. <c>PathBase</c> (e.g. <c>/federation</c>)
/// serves the whole site under a sub-path (see <see cref="PathBaseLinks"/>).
/// </summary>
internal static class ReverseProxy
{
    public static void AddReverseProxy(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("ReverseProxy");
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what the operator listed is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
    }

    /// <summary>First in the pipeline: everything after sees the client's scheme and address and the path below the base.</summary>
    public static void UseReverseProxy(this WebApplication app)
    {
        if (PathBaseLinks.Configured(app.Configuration) is { } pathBase)
        {
            app.UsePathBase(pathBase);
            app.Use(next => new PathBaseLinks(next, pathBase).InvokeAsync);
        }
        app.UseForwardedHeaders();
        // Sent only on HTTPS answers (a proxied one included), never to plain HTTP or localhost.
        app.UseHsts();
    }
}
