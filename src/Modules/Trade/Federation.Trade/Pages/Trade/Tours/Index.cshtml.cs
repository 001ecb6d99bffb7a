using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Resources;
using Federation.Trade.Tours;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Trade.Pages.Trade.Tours;

/// <summary>The inspection tours (侨创中山华商行), newest first, by year and town, with the person-times of all the filter matches.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<TourResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }

    /// <summary>The person-times of all the filter matches, not just this page.</summary>
    public int TotalPersonTimes { get; private set; }
    public bool CanWrite => CurrentUser.HasPermission(TradeModule.Write);

    public override Guid? RowId(TourResponse row) => row.Id;

    protected override async Task<PagedList<TourResponse>> Read(int? page, int size, CancellationToken ct)
    {
        var tours = (await TourEndpoints.List(new TourEndpoints.ListQuery(Year, Town?.Trim(), null, page, size), db, CurrentUser, ct)).Value!;
        TotalPersonTimes = tours.TotalPersonTimes;
        return new(tours.Items, tours.Total, tours.Page, tours.PageSize);
    }

    protected override string ExportName => TradeText.Get("Tours");

    protected override IEnumerable<ExportColumn<TourResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(TradeText.Get("TourTitle"), t => t.Title),
        new(TradeText.Get("StartsOn"), t => t.StartsOn),
        new(TradeText.Get("EndsOn"), t => t.EndsOn),
        new(TradeText.Get("Towns"), t => t.Towns),
        new(TradeText.Get("PersonTimes"), t => t.PersonTimes),
        new(TradeText.Get("ByCountry"), t => ByCountry(t)),
        new(TradeText.Get("Outcomes"), t => t.Outcomes),
        new(TradeText.Get("Organisation"), t => organisations.GetValueOrDefault(t.OrganisationId)),
    ];

    /// <summary>"香港 9、美国 4": where the entrepreneurs came from, most first, as the list shows it.</summary>
    public static string ByCountry(TourResponse tour) =>
        string.Join("、", tour.Participants.OrderByDescending(p => p.PersonTimes).Select(p => $"{TradeDisplay.Country(p.CountryOrRegion)} {p.PersonTimes}"));
}
