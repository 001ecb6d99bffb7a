using System.Net;
using System.Net.Http.Json;

namespace Federation.CrashTests.Workload;

/// <summary>The first admin signed in over HTTP; every client of a cycle shares the one session cookie.</summary>
internal static class AdminSession
{
    public const string UserName = "admin";

    /// <summary>The password every crash test's host gives its first admin (<c>Bootstrap__AdminPassword</c>).</summary>
    public const string Password = "Crash-Test-Passw0rd";

    public static async Task<HttpClient> SignIn(Uri host, string adminPassword)
    {
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        var http = new HttpClient(handler) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.PostAsJsonAsync("/api/auth/sign-in", new { userName = UserName, password = adminPassword });
        if (!response.IsSuccessStatusCode)
        {
            http.Dispose();
            throw new InvalidOperationException($"Sign-in refused with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return http;
    }

    /// <summary>The body of a refused answer for the failure message; the kill may cut it off.</summary>
    public static async Task<string> Describe(HttpResponseMessage response, string doing)
    {
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync();
        }
        catch (Exception cut) when (cut is HttpRequestException or IOException)
        {
            body = "(body cut off)";
        }
        return $"{(int)response.StatusCode} {doing}: {body}";
    }
}
