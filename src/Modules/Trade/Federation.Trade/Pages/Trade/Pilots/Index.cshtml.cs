using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Pilots;
using Federation.Trade.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Trade.Pages.Trade.Pilots;

/// <summary>The trade pilots, newest first, with their confirmed orders measured against the target.</summary>
[RequirePermission(TradeModule.Read)]
internal sealed class IndexModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<PilotResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(TradeModule.Write);

    public override Guid? RowId(PilotResponse row) => row.Id;

    protected override async Task<PagedList<PilotResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await PilotEndpoints.List(new PilotEndpoints.ListQuery(Year, Town?.Trim(), null, page, size), db, CurrentUser, ct)).Value!;

    protected override string ExportName => TradeText.Get("Pilots");

    /// <summary>Target and confirmed amounts in yuan and 万元.</summary>
    protected override IEnumerable<ExportColumn<PilotResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(TradeText.Get("PilotName"), p => p.Name),
        new(TradeText.Get("Town"), p => p.Town),
        new(TradeText.Get("StartsOn"), p => p.StartsOn),
        new(TradeText.Get("EndsOn"), p => p.EndsOn),
        .. ListWorkbook.Money<PilotResponse>(TradeText.Get("Target"), p => p.TargetAmountYuan > 0 ? p.TargetAmountYuan : null),
        new(TradeText.Get("ConfirmedOrders"), p => p.ConfirmedOrders),
        .. ListWorkbook.Money<PilotResponse>(TradeText.Get("ConfirmedAmount"), p => p.ConfirmedAmountYuan),
        new(TradeText.Get("Achievement"), p => p.TargetAmountYuan > 0 ? TradeDisplay.Percent(p.Achievement) : null),
        new(TradeText.Get("PilotParticipants"), p => p.Participants),
        new(TradeText.Get("Organisation"), p => organisations.GetValueOrDefault(p.OrganisationId)),
    ];
}
