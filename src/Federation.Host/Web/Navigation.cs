using Federation.Host.Modules;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;

namespace Federation.Host.Web;

/// <summary>The shell's menu: the enabled modules' entries the current user may open, in order.</summary>
internal sealed class Navigation(ModuleCatalog catalog, ICurrentUser user)
{
    public IReadOnlyList<MenuGroup> Groups() => catalog.Enabled.Where(m => !catalog.HasFailed(m))
        .Select(m => new MenuGroup(m.Title, m.Menu.Where(e => user.HasPermission(e.Permission) && (!e.WholePlatform || user.SeesEverything)).OrderBy(e => e.Order).ToList()))
        .Where(g => g.Entries.Count > 0)
        .OrderBy(g => g.Entries.Min(e => e.Order))
        .ToList();
}

internal sealed record MenuGroup(Kernel.Modules.LocalizedText Title, IReadOnlyList<MenuEntry> Entries);
