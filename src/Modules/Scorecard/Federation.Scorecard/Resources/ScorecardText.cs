using Federation.Kernel.Resources;

namespace Federation.Scorecard.Resources;

/// <summary>
/// The scorecard's texts: ScorecardText.resx (Chinese) and ScorecardText.en.resx. Pages read them
/// through IStringLocalizer&lt;ScorecardText&gt;; other code through <see cref="Get"/>.
/// </summary>
internal sealed class ScorecardText
{
    private static readonly TextResources Resources = new(typeof(ScorecardText));

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object[] args) => Resources.Format(key, args);
}
