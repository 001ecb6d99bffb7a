using System.Net;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Pages;

/// <summary>Every script and stylesheet a page links is served by the app itself, a module's own ones included.</summary>
public sealed class PageAssetTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/scorecard")]
    [InlineData("/imports")]
    [InlineData("/admin/users")]
    public async Task Each_script_and_stylesheet_a_page_links_is_served(string path)
    {
        using var factory = new FederationFactory();
        var browser = await PageClient.Admin(factory);
        var page = await browser.Get(path);
        var assets = page.Document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)
            .Concat(page.Document.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")!))
            .ToList();

        assets.Should().NotBeEmpty();
        foreach (var asset in assets)
        {
            asset.Should().StartWith("/", "no asset comes from another site");
            var response = await browser.Send(asset);
            response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} links {1}", path, asset);
            (await response.Content.ReadAsByteArrayAsync()).Should().NotBeEmpty();
        }
    }

    [Theory]
    [InlineData("/_content/Federation.Scorecard/js/scorecard-charts.js")]
    [InlineData("/_content/Federation.Platform/js/import-progress.js")]
    public async Task A_module_s_own_script_is_served_from_its_assembly(string path)
    {
        using var factory = new FederationFactory();
        var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
    }
}
