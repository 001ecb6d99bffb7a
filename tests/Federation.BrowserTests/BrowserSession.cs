using System.Net;
using System.Net.Sockets;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// The real host on a loopback port (Kestrel, not the in-memory test server) and Debian's
/// headless Chromium driven by Playwright. Chromium's own download cannot work here, so the
/// system browser is used; the test script installs it.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public BrowserSession() : this(factory => factory)
    {
    }

    /// <summary>The same host with more settings, e.g. a modules folder holding a drop-in work line.</summary>
    protected BrowserSession(Func<FederationFactory, FederationFactory> configure) =>
        Factory = configure(new FederationFactory().With("Bootstrap:DemoData", "true"));

    public FederationFactory Factory { get; }
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots for a reviewer to look at, beside the test results.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("FEDERATION_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts"), "screenshots");

    public async Task InitializeAsync()
    {
        var port = FreePort();
        Factory.UseKestrel(port);
        BaseUrl = $"http://127.0.0.1:{port}";
        // API calls the tests make beside the browser go to the same real server.
        Factory.ClientOptions.BaseAddress = new Uri(BaseUrl);
        Factory.StartServer();
        Directory.CreateDirectory(ScreenshotFolder);

        playwright = await Playwright.CreateAsync();
        // Playwright gives each launch a fresh temporary profile.
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// A new browser context (its own cookies and language) signed in as the user; its
    /// <paramref name="locale"/> is the Accept-Language a first visit follows.
    /// </summary>
    public async Task<IPage> SignedIn(string userName = "admin", string password = FederationFactory.AdminPassword,
        ViewportSize? viewport = null, string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1400, Height = 900 },
            Locale = locale,
        });
        // The host has just loaded the demo and is still delivering its ~1,500 events; the first pages
        // and the sign-in's write can wait behind them on a loaded 2-core machine, past Playwright's 30 s.
        context.SetDefaultNavigationTimeout(90_000);
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/sign-in");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit].w-100");
        // The home page's document is enough: once in CI its "load" never came within 90 s although
        // the page was there (the first test on a host still delivering the demo's events), and
        // every test goes on to its own page or waits for its own element anyway.
        await page.WaitForURLAsync($"{BaseUrl}/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        Factory.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The browser host with the sample drop-in work line (侨益维权) loaded beside the built-in ones.</summary>
public sealed class DropInBrowserSession() : BrowserSession(factory => factory.With("Modules:Folder", SampleModule.Folder));
