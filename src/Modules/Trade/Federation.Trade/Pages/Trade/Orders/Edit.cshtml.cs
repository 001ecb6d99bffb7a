using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.Trade.Contracts;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Trade.Pages.Trade.Orders;

/// <summary>
/// Records an overseas order (/trade/orders/new, ?pilotId= or ?enterpriseId= to preselect) or corrects
/// one (/trade/orders/{id}/edit): a registered seller or a typed name, the amount in its currency with
/// the recorded rate to yuan. The status is set only on entry; later it moves on the details page.
/// </summary>
[RequirePermission(TradeModule.Write)]
internal sealed class EditModel(
    TradeDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IProgrammeCatalogue programmes, IPlaceDirectory places) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    /// <summary>The registered seller to preselect on a new order.</summary>
    [BindProperty(SupportsGet = true)] public Guid? EnterpriseId { get; set; }

    /// <summary>The pilot to preselect on a new order (its town comes with it).</summary>
    [BindProperty(SupportsGet = true)] public Guid? PilotId { get; set; }

    [BindProperty] public OrderRequest Form { get; set; } = Empty;

    /// <summary>The order's status when corrected, shown beside the form; null for a new order.</summary>
    public OrderStatus? CurrentStatus { get; private set; }

    public IReadOnlyList<EnterpriseChoices.EnterpriseChoice> Enterprises { get; private set; } = [];
    public IReadOnlyList<PilotResponse> Pilots { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    private static OrderRequest Empty =>
        new(null, null, null, null, Currencies.Yuan, null, null, null, null, OrderStatus.Intent, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            Form = Empty with { EnterpriseId = EnterpriseId, PilotId = PilotId, OrderedOn = ChinaCalendar.Today(clock), OrganisationId = user.OrganisationId };
            await LoadChoices(ct);
            if (Pilots.FirstOrDefault(p => p.Id == PilotId) is { } pilot) Form = Form with { Town = pilot.Town };
            return Page();
        }
        if ((await OrderEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<OrderResponse> { Value: { } o }) return NotFound();
        Form = new OrderRequest(o.EnterpriseId, o.EnterpriseId is null ? o.EnterpriseName : null, o.BuyerCountryOrRegion, o.ProductCategory,
            o.Currency, o.Amount, o.RateToYuan, o.RateOn, o.OrderedOn, null, o.PilotId, o.Town, o.Notes, o.ProgrammeId, o.OrganisationId, o.Version,
            o.AmountQualifier);
        CurrentStatus = o.Status;
        await LoadChoices(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Codes are stored in capitals; a yuan order's rate is 1 whether typed or not; the status is set only on entry.
        var currency = TradeDisplay.Code(Form.Currency);
        Form = Form with
        {
            BuyerCountryOrRegion = TradeDisplay.Code(Form.BuyerCountryOrRegion),
            Currency = currency,
            RateToYuan = Form.RateToYuan ?? (currency == Currencies.Yuan ? 1m : null),
            EnterpriseName = string.IsNullOrWhiteSpace(Form.EnterpriseName) ? null : Form.EnterpriseName,
            Status = Id is null ? Form.Status : null,
        };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await OrderEndpoints.Record(Form, db, user, programmes, places, ct)).Value!.Id
                    : ((await OrderEndpoints.Correct(Id.Value, Form, db, user, programmes, places, ct)).Result as Ok<OrderResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/trade/orders/{saved}");
        db.ChangeTracker.Clear();
        if (Id is not null)
        {
            if ((await OrderEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<OrderResponse> { Value: { } o }) return NotFound();
            CurrentStatus = o.Status;
        }
        await LoadChoices(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        var enterprises = (await EnterpriseChoices.List(null, null, db, user, ct)).Value!;
        // An order may name an enterprise that has since closed (the picker offers active ones): keep it on the list.
        if (Form.EnterpriseId is { } sellerId && enterprises.All(e => e.Id != sellerId) && Id is not null
            && (await OrderEndpoints.Get(Id.Value, db, user, ct)).Result is Ok<OrderResponse> { Value: { EnterpriseId: { } current } order } && current == sellerId)
            enterprises.Add(new EnterpriseChoices.EnterpriseChoice(current, order.EnterpriseName, order.CreditCode ?? "", order.Town));
        Enterprises = enterprises;
        Pilots = (await PilotEndpoints.List(new PilotEndpoints.ListQuery(null, null, null, 1, 200), db, user, ct)).Value!.Items;
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(TradeModule.ModuleName, ct);
    }
}
