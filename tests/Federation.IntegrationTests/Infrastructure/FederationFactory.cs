using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a fresh SQLite file of its own (or, in the PostgreSQL pass, a fresh database
/// and broker prefix: see <see cref="TestStore"/>). Each factory is one database; tests that
/// share one use distinct records and never assume an empty table.
/// </summary>
public sealed class FederationFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Chief-Passw0rd-Test";

    private readonly string name = "fedtest_" + Guid.NewGuid().ToString("N");
    private readonly string directory;
    private readonly Dictionary<string, string?> settings = new();
    private TimeProvider? clock;
    private Action<IServiceCollection>? testServices;
    private bool cloned;
    private bool realRateLimits;

    public FederationFactory() => directory = Path.Combine(Path.GetTempPath(), "federation-tests", name);

    /// <summary>The SQLite file; in the PostgreSQL pass it only names the host's local data folder.</summary>
    public string DatabasePath => Path.Combine(directory, "federation.db");

    /// <summary>The connection string of the host's database in the PostgreSQL pass; null on SQLite.</summary>
    public string? PostgresDatabase => TestStore.OnPostgres ? TestStore.DatabaseFor(name) : null;

    /// <summary>Sets a configuration value before the host starts, e.g. to switch a module off.</summary>
    public FederationFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Gives the host a clock the test sets, for what depends on the date (reminders, overdue flags).</summary>
    public FederationFactory WithClock(TimeProvider testClock)
    {
        clock = testClock;
        return this;
    }

    /// <summary>Adds services of the test's own before the host starts, e.g. a middleware that fails on purpose.</summary>
    public FederationFactory WithServices(Action<IServiceCollection> configure)
    {
        testServices += configure;
        return this;
    }

    /// <summary>
    /// Keeps the shipped rate limits. Other hosts get generous ones: the suite signs very many users
    /// in from one address, and only the dedicated throttling tests should meet the real limits.
    /// </summary>
    public FederationFactory WithRealRateLimits()
    {
        realRateLimits = true;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Store:SqlitePath", DatabasePath);
        builder.UseSetting("KeyRing:Folder", Path.Combine(directory, "keys"));
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Bootstrap:DemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests take the backups they check; a daily one at start-up would only collide with them.
        builder.UseSetting("Backups:Daily", "false");
        if (!realRateLimits)
            foreach (var limit in GenerousRateLimits) builder.UseSetting("RateLimits:" + limit, "1000000");
        // The suite's users are created with passwords the tests then sign in with: they are not held
        // to changing them. TemporaryPasswordTests turn the shipped default back on with With().
        builder.UseSetting("Passwords:TemporaryMustBeChanged", "false");
        if (TestStore.OnPostgres)
        {
            if (!cloned) PostgresTemplate.CloneInto(name);
            cloned = true;
            foreach (var (key, value) in TestStore.Settings(name)) builder.UseSetting(key, value);
        }
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (clock is { } testClock) builder.ConfigureTestServices(services => services.AddSingleton(testClock));
        if (testServices is { } configure) builder.ConfigureTestServices(configure);
    }

    private static readonly string[] GenerousRateLimits =
    [
        "SignInPerAddress", "SignInPerAccount", "PasswordChangePerAddress", "PasswordChangePerAccount",
        "TokenRequestsPerAddress", "TokenRequestsPerToken",
    ];

    /// <summary>A client with its own cookie jar, signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignedIn(string userName, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public Task<HttpClient> Admin() => SignedIn("admin", AdminPassword);

    public HttpClient WithToken(string token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (TestStore.OnPostgres) TestStore.Drop(name);
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* a file still open on a slow runner; the temp folder is disposable */ }
    }
}

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The JSON body, or an undefined element for an empty or non-JSON body (a downloaded workbook, say).</summary>
    public static async Task<JsonElement> Body(this HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == false) return default;
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ShouldBe(this HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        var body = await response.Body();
        response.StatusCode.Should().Be(status, "the body was {0}", body.ValueKind == JsonValueKind.Undefined ? "empty" : body.ToString());
        return body;
    }

    public static Guid Id(this JsonElement element, string property = "id") => element.GetProperty(property).GetGuid();
}
