namespace Federation.Kernel.Web;

/// <summary>A link a module adds to the shell's navigation; shown only to users holding <paramref name="Permission"/>.</summary>
/// <param name="Title">The link's text, in both languages.</param>
/// <param name="Path">The page it opens, e.g. "/investment".</param>
/// <param name="Permission">The permission a user needs to see it.</param>
/// <param name="Order">Where it sorts among the entries; lower comes first.</param>
public sealed record MenuEntry(Modules.LocalizedText Title, string Path, string Permission, int Order = 0)
{
    /// <summary>
    /// Shown only to users of the top-level organisation, for pages that act on every organisation's data
    /// (backups): a branch admin holds the permission but would only be refused. A property, not a
    /// constructor parameter, so that drop-ins built against an earlier kernel keep loading.
    /// </summary>
    public bool WholePlatform { get; init; }
}
