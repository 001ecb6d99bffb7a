using Federation.Kernel.Geography;

namespace Federation.Platform.Places;

/// <summary>Answers modules' questions about towns and areas from the lists in memory.</summary>
internal sealed class PlaceDirectory(PlaceCatalogue catalogue) : IPlaceDirectory
{
    public async Task<IReadOnlyList<TownPlace>> Towns(CancellationToken ct) => (await catalogue.Get(ct)).Towns;

    public async Task<PlaceMatch> Match(string? town, string? area, CancellationToken ct) => (await catalogue.Get(ct)).Match(town, area);
}
