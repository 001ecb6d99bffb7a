using System.Text;
using System.Text.RegularExpressions;

namespace Federation.Host.Http;

/// <summary>
/// Serving under a path base (setting <c>PathBase</c>, e.g. <c>/federation</c>) without touching a
/// page: the pages of every work line, drop-ins included, write root-relative links
/// (<c>href="/investment/projects"</c>, <c>Redirect("/sign-in")</c>), so on the way out this puts the
/// base in front of each root-relative link of an HTML page (href, src, action, formaction and data-
/// attributes, which the scripts fetch from) and of a redirect's Location. Links the framework
/// already based (<c>~/css/site.css</c>, the sign-in redirect) are left as they are. See ADR 0033.
/// </summary>
internal sealed class PathBaseLinks(RequestDelegate next, PathString pathBase)
{
    /// <summary>Answers that are never HTML, passed through unbuffered: the API, static files, health.</summary>
    private static readonly PathString[] NotPages = ["/api", "/lib", "/css", "/js", "/_content", "/openapi", "/health", "/scalar"];

    private readonly Regex unbased = new(
        $"""(?<=\s(?:href|src|action|formaction|data-[\w-]+)=")/(?!/|{Regex.Escape(pathBase.Value!.TrimStart('/'))}(?:[/"?#]))""",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static PathString? Configured(IConfiguration configuration) =>
        configuration["PathBase"]?.Trim('/') is { Length: > 0 } trimmed ? new PathString("/" + trimmed) : (PathString?)null;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.PathBase.StartsWithSegments(pathBase))
        {
            await next(http);
            return;
        }
        http.Response.OnStarting(() =>
        {
            if (http.Response.Headers.Location.ToString() is { Length: > 0 } location && Unbased(location))
                http.Response.Headers.Location = pathBase + location;
            return Task.CompletedTask;
        });
        if (NotPages.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            await next(http);
            return;
        }
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        buffer.Position = 0;
        if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            await buffer.CopyToAsync(original, http.RequestAborted);
            return;
        }
        var page = Encoding.UTF8.GetBytes(unbased.Replace(Encoding.UTF8.GetString(buffer.ToArray()), pathBase + "/"));
        http.Response.ContentLength = page.Length;
        await original.WriteAsync(page, http.RequestAborted);
    }

    private bool Unbased(string location) =>
        location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal)
        && !new PathString(location.Split('?', '#')[0]).StartsWithSegments(pathBase);
}
