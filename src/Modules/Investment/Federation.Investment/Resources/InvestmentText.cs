using Federation.Kernel.Resources;

namespace Federation.Investment.Resources;

/// <summary>
/// The Investment module's texts in Simplified Chinese (neutral resources) and English. Pages
/// read them through IStringLocalizer&lt;InvestmentText&gt;; domain code through <see cref="Get"/>.
/// </summary>
internal sealed class InvestmentText
{
    private static readonly TextResources Resources = new(typeof(InvestmentText));

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object[] args) => Resources.Format(key, args);

    /// <summary>The name of a stage, event kind or other enum value in the current language.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Get($"{typeof(TEnum).Name}.{value}");

    /// <summary>The name of an enum value in both languages, for what is published to other modules.</summary>
    public static Kernel.Modules.LocalizedText Both<TEnum>(TEnum value) where TEnum : struct, Enum => new(
        Resources.Get($"{typeof(TEnum).Name}.{value}", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")),
        Resources.Get($"{typeof(TEnum).Name}.{value}", System.Globalization.CultureInfo.GetCultureInfo("en")));
}
