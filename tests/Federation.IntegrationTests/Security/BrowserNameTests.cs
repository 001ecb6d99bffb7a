using Federation.Platform.Sessions;

namespace Federation.IntegrationTests.Security;

/// <summary>The sessions page names a browser as a person recognises it, not by its user-agent string.</summary>
public sealed class BrowserNameTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36", "Chrome · Linux")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0", "Edge · Windows")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40", "微信 · iOS")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15", "Safari · macOS")]
    [InlineData("Mozilla/5.0 (Android 14; Mobile; rv:120.0) Gecko/120.0 Firefox/120.0", "Firefox · Android")]
    [InlineData("curl/8.5.0", "curl/8.5.0")]
    public void A_session_shows_the_browser_and_system_a_person_recognises(string userAgent, string expected) =>
        BrowserName.Of(userAgent).Should().Be(expected);
}
