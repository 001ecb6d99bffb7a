using System.Net;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// A fault of ours is still answered in the caller's terms: a problem document on an API path,
/// the friendly error page on a page's path, never the other way round.
/// </summary>
public sealed class UnexpectedErrorTests : IAsyncLifetime
{
    private const string FaultingApi = "/api/reliability-fault";
    private const string FaultingPage = "/reliability-fault";

    private readonly FederationFactory factory = new FederationFactory()
        .WithServices(services => services.AddTransient<IStartupFilter, FailingAfterEverything>());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_fault_on_an_api_path_is_a_500_problem_document_and_not_the_error_page()
    {
        var admin = await factory.Admin();

        var response = await admin.PostAsync(FaultingApi, null);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/problem+json", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_fault_on_a_page_path_is_the_friendly_error_page()
    {
        var admin = await factory.Admin();

        var response = await admin.GetAsync(FaultingPage);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("text/html");
    }

    /// <summary>
    /// Throws for the two paths above once the whole pipeline has passed them on (no endpoint has
    /// them), so the host's own exception handling is what answers.
    /// </summary>
    private sealed class FailingAfterEverything : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext http, RequestDelegate rest) =>
                http.Request.Path == FaultingApi || http.Request.Path == FaultingPage
                    ? throw new InvalidOperationException("A fault the test provokes.")
                    : rest(http));
        };
    }
}
