using System.Globalization;
using System.Text.Encodings.Web;
using Federation.Platform.Resources;

namespace Federation.Platform.SingleSignOn;

/// <summary>
/// A page of this site that moves the browser on at once. After a round trip through the provider
/// a redirect would keep the navigation cross-site, and the session cookie (SameSite=Strict) would
/// not be sent on the next page; after the sign-out form, the content security policy's
/// <c>form-action 'self'</c> forbids redirecting to the provider. A navigation this page starts is neither.
/// </summary>
internal static class OnwardPage
{
    public static async Task Write(HttpContext http, string url)
    {
        var address = HtmlEncoder.Default.Encode(url);
        var language = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? "en" : "zh-CN";
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url={address}\">"
            + $"<title>{HtmlEncoder.Default.Encode(PlatformText.Get("SingleSignOn.Continue"))}</title></head>"
            + $"<body><p><a href=\"{address}\" data-testid=\"onward\">{HtmlEncoder.Default.Encode(PlatformText.Get("SingleSignOn.Continue"))}</a></p></body></html>",
            http.RequestAborted);
    }

    /// <summary>A path on this site, never another site's address smuggled in as "//host" or "/\host".</summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) ? url : "/";
}
