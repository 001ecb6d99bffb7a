using System.Globalization;
using System.Resources;

namespace Federation.Kernel.Resources;

/// <summary>
/// The resx texts named after a marker type (Chinese in the neutral file, English in .en.resx),
/// read at the moment of use in the request's culture. Pages read the same files through
/// IStringLocalizer&lt;Marker&gt;.
/// </summary>
public sealed class TextResources(Type marker)
{
    private readonly ResourceManager resources = new(marker.FullName!, marker.Assembly);

    /// <summary>The text with that key in the current UI culture (the request's); the key itself when there is none.</summary>
    public string Get(string key) => Get(key, CultureInfo.CurrentUICulture);

    /// <summary>For text made outside a request, such as an e-mail written in both languages.</summary>
    public string Get(string key, CultureInfo culture) => resources.GetString(key, culture) ?? key;

    /// <summary>The text with that key in the current UI culture, with <paramref name="args"/> filled in for {0}, {1}, ….</summary>
    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentUICulture, Get(key), args);
}
