namespace Federation.Host.Web;

/// <summary>Marker for the shell's texts: Web/SharedText.resx (Chinese) and Web/SharedText.en.resx beside this file.</summary>
internal sealed class SharedText;
