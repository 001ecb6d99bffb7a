using System.Globalization;
using System.Resources;

namespace Federation.Kernel.Resources;

/// <summary>
/// The kernel's own texts (validation messages shared by every module), in Simplified Chinese
/// (the neutral resources) and English. Read at the moment of use, in the request's culture.
/// </summary>
public sealed class Text
{
    private static readonly ResourceManager Resources = new("Federation.Kernel.Resources.Text", typeof(Text).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentUICulture, Get(key), args);
}
