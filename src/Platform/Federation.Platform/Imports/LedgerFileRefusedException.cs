using System.Globalization;
using Federation.Platform.Resources;

namespace Federation.Platform.Imports;

/// <summary>The file as a whole cannot be imported; the message, in the reader's language, says why.</summary>
internal sealed class LedgerFileRefusedException(string message) : Exception(message)
{
    public static LedgerFileRefusedException Because(string textKey, params object[] args) =>
        new(string.Format(CultureInfo.CurrentUICulture, PlatformText.Get(textKey), args));
}
