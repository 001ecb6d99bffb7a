using Federation.Kernel.Resources;

namespace Federation.RightsProtection.Resources;

/// <summary>
/// The module's texts in Simplified Chinese (neutral resources) and English. Pages read them
/// through IStringLocalizer&lt;RightsText&gt;; domain code through <see cref="Get"/>.
/// </summary>
internal sealed class RightsText
{
    private static readonly TextResources Resources = new(typeof(RightsText));

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object[] args) => Resources.Format(key, args);

    /// <summary>The name of a status, category or kind in the current language.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Get($"{typeof(TEnum).Name}.{value}");
}
