using Federation.Kernel.Resources;

namespace Federation.Host.Web;

/// <summary>
/// The web shell's texts (layout, home, error pages, the shared list and form partials, the
/// modules page): Web/SharedText.resx (Chinese) and Web/SharedText.en.resx beside this file.
/// Pages read them through IStringLocalizer&lt;SharedText&gt;.
/// </summary>
internal sealed class SharedText
{
    private static readonly TextResources Resources = new(typeof(SharedText));

    public static string Get(string key) => Resources.Get(key);
}
