using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Federation.Host.Web;

/// <summary>
/// API bodies are JSON a person typed or a program built: a megabyte is far more than any of them
/// needs. Without this, Kestrel's own 30 MB limit let a stranger make the sign-in endpoint read 28 MB
/// per request before refusing it. A declared size is announced up front and refused at once; a body
/// sent in chunks is cut off when it passes the limit. Endpoints that take files say their own limit
/// (a ledger import its 256 MB, an attachment none here, since its configured limit is checked as it
/// streams to disk).
/// </summary>
internal static class ApiBodyLimits
{
    public const long DefaultBytes = 1024 * 1024;

    /// <summary>Goes after routing, so that the endpoint's own limit is known.</summary>
    public static void UseApiBodyLimits(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/api"))
            {
                await next(http);
                return;
            }
            var declared = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = declared is null ? DefaultBytes : declared.MaxRequestBodySize;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
            if (limit is { } bytes && http.Request.ContentLength > bytes)
            {
                await FieldProblem.Write(http, StatusCodes.Status413PayloadTooLarge, "The request is too large", "body",
                    string.Format(SharedText.Get("BodyTooLarge"), bytes / 1024));
                return;
            }
            await next(http);
        });
}
