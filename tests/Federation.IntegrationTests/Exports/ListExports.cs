using System.Net;
using System.Net.Http.Json;
using AngleSharp;

namespace Federation.IntegrationTests.Exports;

/// <summary>The list page's own export button, and what a refused export answers.</summary>
internal static class ListExports
{
    /// <summary>The href of the page's export button, with the filters the page was opened with.</summary>
    public static async Task<string> LinkOn(HttpClient client, string listUrl)
    {
        var response = await client.GetAsync(listUrl);
        response.StatusCode.Should().Be(HttpStatusCode.OK, listUrl);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        var href = document.QuerySelector("[data-testid=export]")?.GetAttribute("href");
        href.Should().NotBeNull("{0} shows an export button", listUrl);
        href.Should().StartWith("?handler=Export&").And.NotContain("page=");
        return listUrl.Split('?')[0] + href;
    }

    /// <summary>Creates a record through the API from a valid body with some fields changed.</summary>
    public static async Task Create(HttpClient client, string url, Dictionary<string, object?> body, params (string Key, object? Value)[] changes)
    {
        foreach (var (key, value) in changes) body[key] = value;
        (await client.PostAsJsonAsync(url, body)).StatusCode.Should().Be(HttpStatusCode.Created, url);
    }

    public static async Task Refused(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, url);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("text/html", "the list is shown again with the error, not a workbook");
        response.Content.Headers.ContentDisposition.Should().BeNull();
    }
}
