namespace Federation.Kernel.Web;

/// <summary>A link a module adds to the shell's navigation; shown only to users holding <paramref name="Permission"/>.</summary>
public sealed record MenuEntry(Modules.LocalizedText Title, string Path, string Permission, int Order = 0);
