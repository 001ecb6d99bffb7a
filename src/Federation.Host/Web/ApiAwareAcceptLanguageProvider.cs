using Microsoft.AspNetCore.Localization;

namespace Federation.Host.Web;

/// <summary>
/// API clients choose their language with Accept-Language; pages ignore it, because the product
/// speaks Chinese first whatever language the browser's system happens to be in.
/// </summary>
internal sealed class ApiAwareAcceptLanguageProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider header = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.Path.StartsWithSegments("/api")
            ? header.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
}
