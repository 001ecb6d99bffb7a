using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Federation.Host.Web;

/// <summary>
/// A first visit (no language cookie yet) and every API call follow the reader's Accept-Language:
/// a reader who prefers English gets English, everyone else Simplified Chinese, the product's
/// first language. Only the most preferred language counts (ADR 0027): a zh-TW or fr browser
/// that also lists English still gets Chinese, as the federation's own readers expect.
/// </summary>
internal sealed class FirstVisitLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.Headers.AcceptLanguage;
        if (!StringWithQualityHeaderValue.TryParseList(header, out var languages) || languages.Count == 0)
            return NullProviderCultureResult;
        var preferred = languages.Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value).FirstOrDefault();
        if (preferred is null || preferred == "*") return NullProviderCultureResult;
        var english = preferred.Equals("en", StringComparison.OrdinalIgnoreCase)
            || preferred.StartsWith("en-", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(english ? "en" : "zh-CN"));
    }
}
