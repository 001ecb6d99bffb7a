using Federation.Kernel.Resources;

namespace Federation.Trade.Resources;

/// <summary>
/// The Trade module's texts in Simplified Chinese (neutral resources) and English. Pages
/// read them through IStringLocalizer&lt;TradeText&gt;; domain code through <see cref="Get"/>.
/// </summary>
internal sealed class TradeText
{
    private static readonly TextResources Resources = new(typeof(TradeText));

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object[] args) => Resources.Format(key, args);

    /// <summary>The name of a stage, event kind or other enum value in the current language.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Get($"{typeof(TEnum).Name}.{value}");
}
