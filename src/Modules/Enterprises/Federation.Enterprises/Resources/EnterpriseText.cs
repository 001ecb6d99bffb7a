using Federation.Kernel.Resources;

namespace Federation.Enterprises.Resources;

/// <summary>
/// The Enterprise services module's texts in Simplified Chinese (neutral resources) and English.
/// Pages read them through IStringLocalizer&lt;EnterpriseText&gt;; domain code through <see cref="Get"/>.
/// </summary>
internal sealed class EnterpriseText
{
    private static readonly TextResources Resources = new(typeof(EnterpriseText));

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object[] args) => Resources.Format(key, args);

    /// <summary>The name of a category, status or other enum value in the current language.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Get($"{typeof(TEnum).Name}.{value}");
}
