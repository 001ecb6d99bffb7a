namespace Federation.Kernel.Resources;

/// <summary>The kernel's own texts: the validation messages every module shares.</summary>
public sealed class Text
{
    private static readonly TextResources Resources = new(typeof(Text));

    /// <summary>The kernel text with that key in the request's language; the key itself when there is none.</summary>
    public static string Get(string key) => Resources.Get(key);

    /// <summary>The kernel text with that key in the request's language, with <paramref name="args"/> filled in.</summary>
    public static string Format(string key, params object[] args) => Resources.Format(key, args);
}
