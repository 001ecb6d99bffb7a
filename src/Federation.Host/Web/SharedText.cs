using Federation.Kernel.Resources;

namespace Federation.Host.Web;

/// <summary>
/// The host's texts: Web/SharedText.resx (Chinese) and Web/SharedText.en.resx beside this file.
/// Pages read them through IStringLocalizer&lt;SharedText&gt;; the platform's use cases, whose
/// refusals reach both the API and the admin pages, through <see cref="Get"/>.
/// </summary>
internal sealed class SharedText
{
    private static readonly TextResources Resources = new(typeof(SharedText));

    public static string Get(string key) => Resources.Get(key);

    public static string Get(string key, System.Globalization.CultureInfo culture) => Resources.Get(key, culture);
}
