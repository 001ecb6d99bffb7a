using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// Lets a test say which address a request comes from (the test server has no real connection),
/// so limits per client address and per account can be told apart.
/// </summary>
public static class ClientAddresses
{
    public const string Header = "X-Test-Client-Address";

    public static FederationFactory WithClientAddresses(this FederationFactory factory) =>
        factory.WithServices(services => services.AddTransient<IStartupFilter, FromHeader>());

    /// <summary>A client (own cookie jar, no redirects) whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient From(this FederationFactory factory, string address)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            HandleCookies = true, AllowAutoRedirect = false, BaseAddress = factory.ClientOptions.BaseAddress,
        });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class FromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate rest) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address)) http.Connection.RemoteIpAddress = address;
                return rest(http);
            });
            next(app);
        };
    }
}
