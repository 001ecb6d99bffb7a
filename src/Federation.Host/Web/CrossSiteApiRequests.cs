namespace Federation.Host.Web;

/// <summary>
/// Refuses a change to the API that another site's page made the browser send. A form post from
/// elsewhere carries the session cookie (SameSite=Lax still sends it on top-level posts in some
/// browsers, and not every browser honours it), and an API call without a body — a password reset,
/// sign-out, "mark all read" — has no JSON content type for CORS to stop. Browsers say where a
/// request comes from (Sec-Fetch-Site; Origin in older ones); a request with a bearer token is not
/// one a browser adds by itself, and a client that is not a browser sends neither header.
/// </summary>
internal static class CrossSiteApiRequests
{
    public static void UseCrossSiteApiRefusal(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (!IsRefused(http.Request))
            {
                await next(http);
                return;
            }
            await FieldProblem.Write(http, StatusCodes.Status403Forbidden, "A change sent from another site is refused", "origin",
                SharedText.Get("CrossSiteRefused"));
        });

    private static bool IsRefused(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method)) return false;
        if (request.Headers.Authorization.Count > 0) return false;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        // "none" is the user's own action (typed address, bookmark); "same-site" is a sibling host,
        // which is another application and as untrusted as any other site.
        if (site.Length > 0) return site is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var from)
            || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
