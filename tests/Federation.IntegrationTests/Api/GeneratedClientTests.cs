using System.Collections;
using System.Net.Http.Headers;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Federation.IntegrationTests.Api;

/// <summary>
/// Issue 27: the OpenAPI document must generate a client that works. NSwag writes one from the
/// document the running host serves; an administrator signs in with it and issues an API token,
/// and the integrator holding the token enters a project and reads it back in the scorecard.
/// </summary>
public sealed class GeneratedClientTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task A_client_generated_from_the_document_signs_in_issues_a_token_enters_a_project_and_reads_the_scorecard()
    {
        var generated = await GeneratedClient.From(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var asAdmin = generated.Over(browser);
        await GeneratedClient.Call(asAdmin, "authSignIn", new { userName = "admin", password = FederationFactory.AdminPassword });
        var admin = await GeneratedClient.Call(asAdmin, "authMe");
        var issued = await GeneratedClient.Call(asAdmin, "adminTokensCreate", new { userId = GeneratedClient.Read(admin, "Id"), name = "生成的客户端" });
        var secret = (string)GeneratedClient.Read(issued, "Secret")!;

        var integration = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var integrator = generated.Over(integration);
        var project = InvestmentRequests.Project();
        project["name"] = "生成客户端录入的项目";
        project["stageDate"] = "2019-05-08";
        var entered = await GeneratedClient.Call(integrator, "investmentProjectsCreate", project);
        GeneratedClient.Read(entered, "Name").Should().Be("生成客户端录入的项目");

        var signed = await Eventually.Within(TimeSpan.FromSeconds(30),
            async () => SignedProjects(await GeneratedClient.Call(integrator, "scorecardYear", arguments: new() { ["year"] = 2019 })),
            count => count >= 1);
        signed.Should().Be(1, "the one project signed in 2019 is counted by the scorecard the generated client reads");
    }

    private static decimal SignedProjects(object? scorecard) =>
        ((IEnumerable)GeneratedClient.Read(scorecard, "Kpis")!).Cast<object>()
            .Where(kpi => (string?)GeneratedClient.Read(kpi, "Key") == "investment.projects-signed")
            .Select(kpi => Convert.ToDecimal(GeneratedClient.Read(kpi, "Value")))
            .SingleOrDefault();
}
