using System.Globalization;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Investment.Pages.Investment.Events;

[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<EventResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(InvestmentModule.Write);

    protected override IReadOnlyCollection<string> SortKeys => EventEndpoints.Sorts.Keys;
    public override Guid? RowId(EventResponse row) => row.Id;

    protected override async Task<PagedList<EventResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await EventEndpoints.List(new EventEndpoints.ListQuery(Year, Kind, null, Q, page, size, Sort), db, CurrentUser, ct)).Value!;

    protected override string ExportName => InvestmentText.Get("Events");

    /// <summary>The list's columns and the ledger's details.</summary>
    protected override IEnumerable<ExportColumn<EventResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations)
    {
        var culture = CultureInfo.CurrentUICulture;
        return
        [
            new(InvestmentText.Get("Title"), e => e.Title),
            new(InvestmentText.Get("Kind"), e => InvestmentText.Of(e.Kind)),
            new(InvestmentText.Get("StartDate"), e => e.StartDate),
            new(InvestmentText.Get("EndDate"), e => e.EndDate),
            new(InvestmentText.Get("City"), e => e.City),
            new(InvestmentText.Get("Venue"), e => e.Venue),
            new(InvestmentText.Get("Organisers"), e => e.Organisers.Select(o => $"{o.Name}（{InvestmentText.Of(o.Role)}）")),
            new(InvestmentText.Get("Attendees"), e => e.AttendeeCount),
            new(InvestmentText.Get("CountryCount"), e => e.CountriesAndRegions.Count),
            new(InvestmentText.Get("CountriesAndRegions"), e => e.CountriesAndRegions.Select(c => CountryOrRegion.Find(c)?.Name(culture) ?? c)),
            new(InvestmentText.Get("Notes"), e => e.Notes),
            new(InvestmentText.Get("Organisation"), e => organisations.GetValueOrDefault(e.OrganisationId)),
        ];
    }
}
