namespace Federation.Kernel.Web;

/// <summary>A link a module adds to the shell's navigation; shown only to users holding <paramref name="Permission"/>.</summary>
/// <param name="Title">The link's text, in both languages.</param>
/// <param name="Path">The page it opens, e.g. "/investment".</param>
/// <param name="Permission">The permission a user needs to see it.</param>
/// <param name="Order">Where it sorts among the entries; lower comes first.</param>
public sealed record MenuEntry(Modules.LocalizedText Title, string Path, string Permission, int Order = 0);
