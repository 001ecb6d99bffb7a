using Federation.Kernel.Geography;

namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _PlaceFields partial needs: a town and an area pick-list of the
/// directory's towns and areas (a text input only while the directory is empty, on a fresh install).
/// </summary>
public sealed record PlaceFields(
    IReadOnlyList<TownPlace> Towns, string TownField, string? Town, string TownLabel, bool TownRequired,
    string AreaField, string? Area, string AreaLabel)
{
    /// <summary>The town the record holds, found by its name or an alias; null when none or unknown (then shown as stored).</summary>
    public TownPlace? Chosen => string.IsNullOrWhiteSpace(Town) ? null
        : Towns.FirstOrDefault(t => t.Name == Town.Trim() || t.Aliases.Contains(Town.Trim()));

    /// <summary>Whether <paramref name="area"/> is the area the record holds.</summary>
    public bool IsArea(AreaPlace area) => !string.IsNullOrWhiteSpace(Area) && (area.Name == Area.Trim() || area.Aliases.Contains(Area.Trim()));
}
