using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Federation.IntegrationTests.SingleSignOn;

/// <summary>
/// A browser between this product (the test host, at https://localhost) and the provider (real HTTP
/// on loopback): a cookie jar for each, redirects and the product's onward pages (a meta refresh)
/// followed across both, as a browser would.
/// </summary>
public sealed partial class TwoSiteBrowser : IDisposable
{
    private const int MaxSteps = 15;
    private readonly HttpClient provider = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });

    public TwoSiteBrowser(FederationFactory factory) =>
        App = factory.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(Jar));

    /// <summary>The product's cookies, for a test that copies the session cookie elsewhere.</summary>
    public CookieContainer Jar { get; } = new();

    /// <summary>The product's side, with this browser's cookies: for its API.</summary>
    public HttpClient App { get; }

    /// <summary>Where the browser came to rest, and what it showed there.</summary>
    public sealed record Landing(HttpStatusCode Status, Uri At, string Html);

    public Task<Landing> Go(string path) => Follow(new Uri(App.BaseAddress!, path), null);

    public Task<Landing> Post(string path, IEnumerable<KeyValuePair<string, string>> form) =>
        Follow(new Uri(App.BaseAddress!, path), new FormUrlEncodedContent(form));

    /// <summary>The button on the sign-in page, all the way to wherever the round trip through the provider ends.</summary>
    public async Task<Landing> SignInAtTheProvider()
    {
        var page = await Go("/sign-in");
        var button = ButtonLink().Match(page.Html);
        button.Success.Should().BeTrue("the sign-in page should offer the organisation's sign-in:\n{0}", page.Html);
        return await Go(WebUtility.HtmlDecode(button.Groups[1].Value));
    }

    /// <summary>The sign-out form of the shell's top bar, posted with its antiforgery token.</summary>
    public async Task<Landing> SignOut()
    {
        var home = await Go("/");
        var token = AntiforgeryField().Match(home.Html);
        token.Success.Should().BeTrue("a signed-in page carries the sign-out form");
        return await Post("/sign-out", [KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]);
    }

    public async Task<string?> SignedInAs()
    {
        var me = await App.GetAsync("/api/auth/me");
        return me.StatusCode == HttpStatusCode.OK ? (await me.Body()).GetProperty("userName").GetString() : null;
    }

    private async Task<Landing> Follow(Uri at, HttpContent? body)
    {
        for (var step = 0; step < MaxSteps; step++)
        {
            var client = at.Host == "localhost" ? App : provider;
            using var response = body is null ? await client.GetAsync(at) : await client.PostAsync(at, body);
            body = null;
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
                at = new Uri(at, response.Headers.Location!);
            else if (response.StatusCode == HttpStatusCode.OK && MetaRefresh().Match(html) is { Success: true } onward)
                at = new Uri(at, WebUtility.HtmlDecode(onward.Groups[1].Value));
            else return new Landing(response.StatusCode, at, html);
        }
        throw new Xunit.Sdk.XunitException($"Still being sent on after {MaxSteps} steps, at {at}.");
    }

    public void Dispose()
    {
        App.Dispose();
        provider.Dispose();
    }

    [GeneratedRegex("""data-testid="organisation-sign-in"[^>]*href="([^"]+)""")]
    private static partial Regex ButtonLink();

    [GeneratedRegex("""<meta http-equiv="refresh" content="0;url=([^"]+)">""")]
    private static partial Regex MetaRefresh();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex AntiforgeryField();
}
