namespace Federation.Kernel.Resources;

/// <summary>The kernel's own texts: the validation messages every module shares.</summary>
public sealed class Text
{
    private static readonly TextResources Resources = new(typeof(Text));

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object[] args) => Resources.Format(key, args);
}
