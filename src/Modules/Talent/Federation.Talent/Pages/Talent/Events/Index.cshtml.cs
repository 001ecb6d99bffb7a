using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Events;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Mvc;
using Federation.Scorecard.Contracts;

namespace Federation.Talent.Pages.Talent.Events;

[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes)
    : ListPageModel<TalentEventResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>The talents met at all the filter matches, not just this page.</summary>
    public int TotalTalentsMet { get; private set; }
    public bool CanWrite => CurrentUser.HasPermission(TalentModule.Write);
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    protected override IReadOnlyCollection<string> SortKeys => TalentEventEndpoints.Sorts.Keys;
    protected override string? BulkPermission => TalentModule.Write;
    public override IReadOnlyCollection<string> BulkActions => CanWrite ? [BulkChange.Tag] : [];
    public override Guid? RowId(TalentEventResponse row) => row.Id;

    protected override async Task Prepare(CancellationToken ct)
    {
        if (CanWrite) Programmes = await programmes.ForWorkLine(TalentModule.ModuleName, ct);
    }

    /// <summary>The same use case as the API's bulk endpoint: every selected event is tagged, or none.</summary>
    protected override async Task<BulkChangeResult> ApplyBulk(BulkChange change, CancellationToken ct) =>
        (await TalentEventBulkChange.Apply(change, db, CurrentUser, programmes, ct)).Value!;

    protected override async Task<PagedList<TalentEventResponse>> Read(int? page, int size, CancellationToken ct)
    {
        var events = (await TalentEventEndpoints.List(
            new TalentEventEndpoints.ListQuery(Year, Format, null, null, null, Q, page, size, Sort), db, CurrentUser, ct)).Value!;
        TotalTalentsMet = events.TotalTalentsMet;
        return new(events.Items, events.Total, events.Page, events.PageSize);
    }

    protected override string ExportName => TalentText.Get("Events");

    /// <summary>With the talents met by degree and country.</summary>
    protected override IEnumerable<ExportColumn<TalentEventResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations)
    {
        var culture = CultureInfo.CurrentUICulture;
        string? Country(string? code) => code is null ? null : CountryOrRegion.Find(code)?.Name(culture) ?? code;
        string YesNo(bool value) => TalentText.Get(value ? "Yes" : "No");
        return
        [
            new(TalentText.Get("StartDate"), e => e.StartDate),
            new(TalentText.Get("EndDate"), e => e.EndDate),
            new(TalentText.Get("Title"), e => e.Title),
            new(TalentText.Get("Format"), e => TalentText.Of(e.Format)),
            new(TalentText.Get("Flagship"), e => YesNo(e.Flagship)),
            new(TalentText.Get("Online"), e => YesNo(e.Online)),
            new(TalentText.Get("City"), e => e.City),
            new(TalentText.Get("Country"), e => Country(e.CountryOrRegion)),
            new(TalentText.Get("PartnerNames"), e => e.Partners),
            new(TalentText.Get("TalentsMet"), e => e.TalentsMetCount),
            new(TalentText.Get("TalentsMetBreakdown"), e => e.TalentsMet.Select(m => TalentText.Format("TalentsMetItem", TalentText.Of(m.Degree), Country(m.CountryOrRegion)!, m.Count))),
            new(TalentText.Get("Notes"), e => e.Notes),
            new(TalentText.Get("Organisation"), e => organisations.GetValueOrDefault(e.OrganisationId)),
        ];
    }
}
