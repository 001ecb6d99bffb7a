using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.Trade.Contracts;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;

namespace Federation.Trade.Pages.Trade.Orders;

/// <summary>
/// One overseas order: seller, buyer, the amount in its currency and how it makes yuan, the dated
/// status, and for writers the moves it may make next (confirm, deliver, cancel) and deletion.
/// </summary>
[RequirePermission(TradeModule.Read)]
internal sealed class DetailsModel(
    TradeDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IProgrammeCatalogue programmes) : PageModel
{
    public OrderResponse? Order { get; private set; }
    public PilotResponse? Pilot { get; private set; }
    public ProgrammeReference? Programme { get; private set; }
    public OrganisationSummary? Organisation { get; private set; }
    public bool CanWrite => user.HasPermission(TradeModule.Write);
    public DateOnly Today => ChinaCalendar.Today(clock);

    /// <summary>The move that was refused and what was typed for it, shown again in its form.</summary>
    public OrderStatus? Tried { get; private set; }
    public DateOnly? TriedOn { get; private set; }
    public string? TriedReason { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    public async Task<IActionResult> OnPostMoveAsync(Guid id, OrderStatus? to, DateOnly? on, string? reason, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, TradeModule.Write) is { } refused) return refused;
        var request = new OrderStatusRequest(to, on, string.IsNullOrWhiteSpace(reason) ? null : reason, version);
        if (await this.Validate(request, "") && await this.Try("", () => OrderEndpoints.Move(id, request, db, user, ct)))
            return Redirect($"/trade/orders/{id}");
        (Tried, TriedOn, TriedReason) = (to, on, reason);
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, TradeModule.Write) is { } refused) return refused;
        var found = true;
        if (await this.Try("", async () => found = (await OrderEndpoints.Remove(id, version, db, user, ct)).Result is NoContent))
            return found ? Redirect("/trade/orders") : NotFound();
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        if ((await OrderEndpoints.Get(id, db, user, ct)).Result is not Ok<OrderResponse> { Value: { } found }) return NotFound();
        Order = found;
        Pilot = found.PilotId is { } pilotId && (await PilotEndpoints.Get(pilotId, db, user, ct)).Result is Ok<PilotResponse> { Value: { } pilot } ? pilot : null;
        Programme = found.ProgrammeId is { } programmeId ? await programmes.Find(programmeId, ct) : null;
        Organisation = (await directory.VisibleTo(user, ct)).FirstOrDefault(o => o.Id == found.OrganisationId);
        Response.StatusCode = status;
        return Page();
    }
}
