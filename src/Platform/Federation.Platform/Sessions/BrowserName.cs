namespace Federation.Platform.Sessions;

/// <summary>
/// A session's browser as a person recognises it ("Chrome · Linux") rather than the 100-character
/// user-agent string it was read from; the string itself stays in the page's tooltip.
/// </summary>
internal static class BrowserName
{
    // Order matters: Edge and the WeChat browser also say "Chrome", Chrome also says "Safari".
    private static readonly (string Token, string Name)[] Browsers =
        [("MicroMessenger", "微信"), ("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")];

    private static readonly (string Token, string Name)[] Systems =
        [("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Mac OS X", "macOS"), ("Linux", "Linux")];

    public static string Of(string userAgent)
    {
        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return (browser, system) switch
        {
            (null, null) => userAgent,
            (null, _) => system,
            (_, null) => browser,
            _ => $"{browser} · {system}",
        };
    }
}
