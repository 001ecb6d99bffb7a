using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Commendations;
using Federation.Trade.Data;
using Federation.Trade.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Trade.Pages.Trade.Commendations;

/// <summary>The banners, plaques and letters of thanks received for trade support, newest first, by year and kind.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<CommendationResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(TradeModule.Write);

    public override Guid? RowId(CommendationResponse row) => row.Id;

    protected override async Task<PagedList<CommendationResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await CommendationEndpoints.List(new CommendationEndpoints.ListQuery(Year, Kind, null, page, size), db, CurrentUser, ct)).Value!;

    protected override string ExportName => TradeText.Get("Commendations");

    protected override IEnumerable<ExportColumn<CommendationResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(TradeText.Get("ReceivedOn"), c => c.ReceivedOn),
        new(TradeText.Get("CommendationFrom"), c => c.From),
        new(TradeText.Get("CommendationKind"), c => TradeText.Of(c.Kind)),
        new(TradeText.Get("CommendationReason"), c => c.Reason),
        new(TradeText.Get("Notes"), c => c.Notes),
        new(TradeText.Get("Organisation"), c => organisations.GetValueOrDefault(c.OrganisationId)),
    ];
}
