using Federation.Host.Modules;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;

namespace Federation.Host.Web;

/// <summary>The shell's menu: the enabled modules' entries the current user may open, in order.</summary>
internal sealed class Navigation(ModuleCatalog catalog, ICurrentUser user)
{
    public IReadOnlyList<MenuGroup> Groups() => catalog.Enabled.Where(m => !catalog.HasFailed(m))
        .Select(m => new MenuGroup(m.Title, m.Menu.Where(e => user.HasPermission(e.Permission)).OrderBy(e => e.Order).ToList()))
        .Where(g => g.Entries.Count > 0)
        .OrderBy(g => g.Entries.Min(e => e.Order))
        .ToList();

    /// <summary>Whoever may write to a work line may import its ledgers; the import page lists which.</summary>
    public bool CanImport => catalog.WorkLines.SelectMany(m => m.Permissions)
        .Any(p => p.Kind == Kernel.Modules.PermissionKind.Write && user.HasPermission(p.Key));
}

internal sealed record MenuGroup(Kernel.Modules.LocalizedText Title, IReadOnlyList<MenuEntry> Entries);
