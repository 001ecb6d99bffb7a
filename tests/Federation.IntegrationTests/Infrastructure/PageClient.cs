using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// Uses the Razor pages as a browser would: one cookie jar, redirects followed, and forms
/// posted with every field they carry (the antiforgery token among them) plus the ones a test
/// fills in. Redirects are followed here rather than by the handler so a test can see them.
/// </summary>
public sealed class PageClient
{
    private const int MaxRedirects = 5;
    private readonly HttpClient http;
    private readonly IBrowsingContext parser = BrowsingContext.New(Configuration.Default);

    private PageClient(HttpClient http) => this.http = http;

    public static PageClient Anonymous(FederationFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }));

    /// <summary>Signs in through the sign-in page, failing the test if the page refuses.</summary>
    public static async Task<PageClient> SignedIn(FederationFactory factory, string userName, string password)
    {
        var client = Anonymous(factory);
        var signIn = await client.Get("/sign-in");
        var home = await client.Submit(signIn.Document, "main form", ("UserName", userName), ("Password", password));
        home.Path.Should().Be("/", "signing in as {0} should land on the home page, not {1}", userName, home.Document.Body?.TextContent.Trim());
        return client;
    }

    public static Task<PageClient> Admin(FederationFactory factory) => SignedIn(factory, "admin", FederationFactory.AdminPassword);

    /// <summary>The first answer to a GET, redirect or not.</summary>
    public Task<HttpResponseMessage> Send(string path) => http.GetAsync(path);

    /// <summary>Posts <paramref name="fields"/> as a form to <paramref name="path"/> and answers the raw response (a download).</summary>
    public Task<HttpResponseMessage> Post(string path, IEnumerable<(string Name, string Value)> fields) =>
        http.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    public async Task<ShownPage> Get(string path) => await Follow(await http.GetAsync(path));

    /// <summary>
    /// Posts the form matched by <paramref name="formSelector"/> as its submit button would. A
    /// field named in <paramref name="fields"/> replaces all the form's values of that name;
    /// name it twice for two values (ticked checkboxes).
    /// </summary>
    public async Task<ShownPage> Submit(IDocument page, string formSelector, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.");
        var overridden = fields.Select(f => f.Name).ToHashSet();
        var values = FieldsOf(form).Where(f => !overridden.Contains(f.Key))
            .Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url) : new Uri(new Uri(page.Url), form.GetAttribute("action"));
        return await Follow(await http.PostAsync(action.PathAndQuery, new FormUrlEncodedContent(values)));
    }

    /// <summary>Posts a multipart form as a browser would, with <paramref name="content"/> chosen in its file input named <paramref name="fileField"/>.</summary>
    public async Task<ShownPage> SubmitFile(IDocument page, string formSelector, string fileField, string fileName, byte[] content,
        params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.");
        var overridden = fields.Select(f => f.Name).ToHashSet();
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in FieldsOf(form).Where(f => !overridden.Contains(f.Key)).Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))))
            body.Add(new StringContent(value), name);
        body.Add(new ByteArrayContent(content), fileField, fileName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url) : new Uri(new Uri(page.Url), form.GetAttribute("action"));
        return await Follow(await http.PostAsync(action.PathAndQuery, body));
    }

    private async Task<ShownPage> Follow(HttpResponseMessage response)
    {
        for (var i = 0; i < MaxRedirects && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; i++)
            response = await http.GetAsync(response.Headers.Location);
        var address = new Uri(http.BaseAddress!, response.RequestMessage!.RequestUri!);
        var html = await response.Content.ReadAsStringAsync();
        var document = await parser.OpenAsync(request => request.Content(html).Address(address));
        return new ShownPage(response.StatusCode, address.AbsolutePath, address.PathAndQuery, document);
    }

    /// <summary>What a browser sends for a form: named inputs, ticked boxes, chosen options, text areas.</summary>
    private static IEnumerable<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "submit" or "button" or "image" or "reset" or "file") break;
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    yield return KeyValuePair.Create(input.Name!, input.Type is "checkbox" or "radio" && !input.HasAttribute("value") ? "on" : input.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0) chosen.Add(select.Options[0]!);
                    foreach (var option in chosen) yield return KeyValuePair.Create(select.Name!, option.Value);
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    yield return KeyValuePair.Create(area.Name!, area.Value);
                    break;
            }
        }
    }
}

/// <summary>A page as the browser ended up showing it, after any redirects.</summary>
public sealed record ShownPage(HttpStatusCode Status, string Path, string PathAndQuery, IDocument Document)
{
    /// <summary>The element marked data-testid="<paramref name="testId"/>", failing the test if there is none.</summary>
    public IElement TestId(string testId) =>
        Document.QuerySelector($"[data-testid='{testId}']")
            ?? throw new Xunit.Sdk.XunitException($"No element with data-testid '{testId}' on {PathAndQuery}:\n{Document.Body?.TextContent.Trim()}");

    public IEnumerable<IElement> All(string testId) => Document.QuerySelectorAll($"[data-testid='{testId}']");

    public string Text => Document.Body?.TextContent ?? "";
}
