using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Benchmarks.Hosting;

/// <summary>
/// The admin signed in to a running host: an HttpClient carrying the session cookie, the cookie as a
/// header for wrk, and the admin's organisation (the root), which seeded and posted projects belong to.
/// </summary>
internal sealed class ProductSession : IDisposable
{
    private ProductSession(HttpClient http, string cookieHeader, Guid organisationId)
    {
        Http = http;
        CookieHeader = cookieHeader;
        OrganisationId = organisationId;
    }

    public HttpClient Http { get; }

    /// <summary>"Cookie: name=value", as wrk's -H takes it.</summary>
    public string CookieHeader { get; }

    public Guid OrganisationId { get; }

    public static async Task<ProductSession> SignIn(Uri host, string password, TimeSpan timeout, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = cookies }) { BaseAddress = host, Timeout = timeout };
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await http.PostAsJsonAsync("/api/auth/sign-in", new { userName = "admin", password }, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            http.Dispose();
            throw new InvalidOperationException($"Sign-in refused with {(int)response.StatusCode}: {text}");
        }
        var header = "Cookie: " + string.Join("; ", cookies.GetCookies(host).Select(c => $"{c.Name}={c.Value}"));
        return new ProductSession(http, header, JsonDocument.Parse(text).RootElement.GetProperty("organisationId").GetGuid());
    }

    public void Dispose() => Http.Dispose();
}
