using Federation.Kernel.Geography;

namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _PlaceFields partial needs: a town and an area field offering the
/// directory's towns and areas (an alias typed is kept as the town it names when saved).
/// </summary>
public sealed record PlaceFields(
    IReadOnlyList<TownPlace> Towns, string TownField, string? Town, string TownLabel, bool TownRequired,
    string AreaField, string? Area, string AreaLabel);
