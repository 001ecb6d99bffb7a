using Federation.Kernel.Http;
using Federation.Kernel.Resources;

namespace Federation.Kernel.Geography;

/// <summary>
/// The one rule every module applies to a town and area it is given (see <see cref="IPlaceDirectory"/>):
/// an alias becomes the town's canonical name, so "石岐街道" and "石岐" are one town in filters and on
/// the scorecard; an unknown town or an area not of its town is refused naming the field. While the
/// directory is empty (a fresh install), the text is kept as typed.
/// </summary>
public static class PlaceChecks
{
    /// <summary>The canonical town and area, or a <see cref="RequestRejectedException"/> naming <paramref name="townField"/> or <paramref name="areaField"/>.</summary>
    public static async Task<(string? Town, string? Area)> Canonical(
        this IPlaceDirectory places, string? town, string? area, CancellationToken ct, string townField = "town", string areaField = "area")
    {
        town = string.IsNullOrWhiteSpace(town) ? null : town.Trim();
        area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        if (town is null && area is not null) throw new RequestRejectedException(townField, Text.Get("AreaWithoutTown"));
        if (town is null) return (null, null);
        var match = await places.Match(town, area, ct);
        if (match.DirectoryEmpty) return (town, area);
        if (!match.TownKnown) throw new RequestRejectedException(townField, Text.Format("UnknownTown", town));
        if (area is not null && !match.AreaKnown) throw new RequestRejectedException(areaField, Text.Format("UnknownArea", area, match.Town!));
        return (match.Town, match.Area);
    }

    /// <summary>The town a list is filtered by, as stored: an alias finds the town's records; an unknown name finds none.</summary>
    public static async Task<string?> FilterTown(this IPlaceDirectory places, string? town, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(town)) return null;
        var match = await places.Match(town, null, ct);
        return match.TownKnown ? match.Town : town.Trim();
    }
}
