namespace Federation.Host.Web;

/// <summary>
/// Security headers on every answer, pages and API alike: no MIME sniffing, no framing, no
/// referrer to other sites, no caching of what may hold personal data, and a content security policy that lets the pages load only what
/// the app itself serves from wwwroot.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from the app's own files (no inline scripts or handlers anywhere in the pages);
    /// inline styles stay allowed because the pages use <c>style="…"</c> attributes and Bootstrap
    /// and ECharts set styles from script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>
    /// The Scalar API reference writes its set-up as an inline script, and the OpenAPI document
    /// it reads is data, not a page: both go without the policy rather than loosen it for every page.
    /// </summary>
    private static readonly PathString[] OutsideThePolicy = ["/scalar", "/openapi"];

    /// <summary>Adds the headers; goes first in the pipeline so error and status pages get them too.</summary>
    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((http, next) =>
        {
            // Set as the answer starts, not now: the exception handler clears the headers of a
            // failed request before it writes the 500 page.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                if (!OutsideThePolicy.Any(path => http.Request.Path.StartsWithSegments(path)))
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                if (KeptOutOfCaches(http)) headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(http);
        });

    /// <summary>
    /// API answers, downloads and a signed-in user's pages may hold personal data: no browser or
    /// proxy keeps a copy (a shared office computer's cache, a proxy's disk). Static files, served
    /// before anyone is signed in, stay cacheable.
    /// </summary>
    private static bool KeptOutOfCaches(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api")
        || http.Response.Headers.ContentDisposition.Count > 0
        || http.User.Identity?.IsAuthenticated == true;
}
