using Federation.Kernel.Resources;

namespace Federation.Platform.Resources;

/// <summary>
/// The platform's texts: Resources/PlatformText.resx (Chinese) and PlatformText.en.resx. Pages read
/// them through IStringLocalizer&lt;PlatformText&gt;; the use cases, whose refusals reach both the
/// API and the admin pages, through <see cref="Get"/>.
/// </summary>
internal sealed class PlatformText
{
    private static readonly TextResources Resources = new(typeof(PlatformText));

    public static string Get(string key) => Resources.Get(key);

    public static string Get(string key, System.Globalization.CultureInfo culture) => Resources.Get(key, culture);

    public static string Format(string key, params object[] args) => Resources.Format(key, args);

    public static string Format(string key, System.Globalization.CultureInfo culture, params object?[] values) =>
        string.Format(culture, Get(key, culture), values);
}
