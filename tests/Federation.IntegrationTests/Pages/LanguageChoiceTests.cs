using AngleSharp;
using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Pages;

/// <summary>
/// A first visit follows Accept-Language (English for a reader who prefers it, Chinese for everyone
/// else); the language switch's cookie wins over the header after; the API follows the same rule.
/// </summary>
public sealed class LanguageChoiceTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public LanguageChoiceTests(FederationFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("en-US,en;q=0.9", "en", "Sign in")]
    [InlineData("en", "en", "Sign in")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN", "登录")]
    [InlineData("zh-TW", "zh-CN", "登录")]
    [InlineData("fr-FR,fr;q=0.9", "zh-CN", "登录")]
    [InlineData("de;q=0.5,en-GB;q=0.9", "en", "Sign in")]
    [InlineData("", "zh-CN", "登录")]
    public async Task A_first_visit_follows_the_most_preferred_language(string acceptLanguage, string lang, string heading)
    {
        var page = await SignInPage(acceptLanguage, cookie: null);

        page.Document.DocumentElement.GetAttribute("lang").Should().Be(lang);
        page.Document.QuerySelector("h1")!.TextContent.Trim().Should().Be(heading);
    }

    [Theory]
    [InlineData("zh-CN", "en-US", "zh-CN", "登录")]
    [InlineData("en", "zh-CN", "en", "Sign in")]
    public async Task The_switch_is_remembered_over_the_browsers_language(string chosen, string acceptLanguage, string lang, string heading)
    {
        using var client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var signIn = await Parse(await client.GetAsync("/sign-in"));
        var token = signIn.QuerySelector("form[action='/language'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var switched = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = chosen, ["returnUrl"] = "/sign-in", ["__RequestVerificationToken"] = token,
        }));
        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await Parse(await client.GetAsync("/sign-in"));
        after.DocumentElement.GetAttribute("lang").Should().Be(lang);
        after.QuerySelector("h1")!.TextContent.Trim().Should().Be(heading);
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("fr", false)]
    [InlineData("zh-CN", false)]
    public async Task The_api_speaks_the_same_language_as_a_first_visit(string acceptLanguage, bool english)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in")
        {
            Content = JsonContent.Create(new { userName = "admin", password = "" }),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var refused = await (await client.SendAsync(request)).ShouldBe(HttpStatusCode.BadRequest);

        var message = refused.GetProperty("errors").GetProperty("password")[0].GetString()!;
        Han.IsMatch(message).Should().Be(!english, "“{0}” should be in {1}", message, english ? "English" : "Chinese");
    }

    [Fact]
    public async Task The_api_follows_the_cookie_over_the_header_too()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in")
        {
            Content = JsonContent.Create(new { userName = "admin", password = "" }),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-US");
        request.Headers.TryAddWithoutValidation("Cookie", ".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN");

        var refused = await (await client.SendAsync(request)).ShouldBe(HttpStatusCode.BadRequest);

        Han.IsMatch(refused.GetProperty("errors").GetProperty("password")[0].GetString()!).Should().BeTrue("the cookie chose Chinese");
    }

    private async Task<ShownPage> SignInPage(string acceptLanguage, string? cookie)
    {
        using var client = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        if (acceptLanguage != "") request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (cookie is not null) request.Headers.TryAddWithoutValidation("Cookie", cookie);
        var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return new ShownPage(response.StatusCode, "/sign-in", "/sign-in", await Parse(response));
    }

    private static readonly System.Text.RegularExpressions.Regex Han = new(@"\p{IsCJKUnifiedIdeographs}");

    private static async Task<AngleSharp.Dom.IDocument> Parse(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default).OpenAsync(r => r.Content(html));
    }
}
