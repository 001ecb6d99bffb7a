using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Trade.Contracts;
using Federation.Trade.Data;
using Federation.Trade.Pages.Trade;
using Federation.Trade.Pilots;
using Federation.Trade.Registry;
using Federation.Trade.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Trade.Orders;

/// <summary>
/// 海外订单台账 from a spreadsheet; the orders list's export imports as it is. A row is entered,
/// corrected and moved through the same use cases as by hand: the seller is the registered
/// enterprise its credit code or name finds (else a typed name, as the form allows), and the status
/// is reached step by step (确认, then 交付 or 取消) on the row's dates, so the scorecard counts an
/// imported order on the day it was confirmed, in the same fen.
/// <para>
/// An order has no number of its own, so a row is known by what its contract says: the seller, the
/// buyer's country or region, the product, the order date, and the amount in its currency. Two
/// orders alike in all of these are taken to be one order. The rate, its date, the town, the pilot
/// and the status may be corrected by a later file; a row that changes a part of the key is another
/// order (the dry run shows it as added, and the old one is removed on its page).
/// </para>
/// </summary>
internal sealed class OrderImport(
    TradeDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IOrganisationDirectory directory,
    IValidator<OrderRequest> orders, IValidator<OrderStatusRequest> moves, IPlaceDirectory places) : ILedgerImport
{
    private IReadOnlyList<OrganisationSummary>? organisations;

    public string Name => "overseas-orders";
    public LocalizedText Title { get; } = Bilingual.Of(() => TradeText.Get("OrderLedger"));
    public string Permission => TradeModule.Write;
    public Type ContextType => typeof(TradeDbContext);

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        ImportColumn.Of("orderedOn", () => TradeText.Get("OrderedOn"), true, "2023-05-06"),
        ImportColumn.Of("seller", () => TradeText.Get("Seller"), true, "中山市海晖食品有限公司", "enterpriseName", "enterpriseId"),
        ImportColumn.Of("creditCode", () => TradeText.Get("CreditCode"), false, ""),
        ImportColumn.Of("product", () => TradeText.Get("Product"), true, "广式腊味", "productCategory"),
        ImportColumn.Of("buyer", () => TradeText.Get("BuyerCountryOrRegion"), false, "美国", "buyerCountryOrRegion"),
        ImportColumn.Of("currency", () => TradeText.Get("Currency"), true, "USD"),
        ImportColumn.Of("amount", () => TradeText.Get("AmountInCurrency"), true, "1875000.55"),
        ImportColumn.Of("rate", () => TradeText.Get("Rate"), false, "7.1776", "rateToYuan"),
        ImportColumn.Of("rateOn", () => TradeText.Get("RateOn"), false, "2023-05-06"),
        ImportColumn.Of("status", () => TradeText.Get("Status"), true, "已确认"),
        ImportColumn.Of(OrderPath.ConfirmedOn, () => TradeText.Get("ConfirmedOn"), false, "2023-05-06"),
        ImportColumn.Of(OrderPath.DeliveredOn, () => TradeText.Get("DeliveredOn"), false, ""),
        ImportColumn.Of(OrderPath.CancelledOn, () => TradeText.Get("CancelledOn"), false, ""),
        ImportColumn.Of("cancelReason", () => TradeText.Get("CancelReason"), false, "", "reason"),
        ImportColumn.Of("pilot", () => TradeText.Get("Pilot"), false, "", "pilotId"),
        ImportColumn.Of("town", () => TradeText.Get("Town"), true, "黄圃"),
        ImportColumn.Of("notes", () => TradeText.Get("Notes"), false, ""),
        ImportColumn.Of("organisation", () => TradeText.Get("Organisation"), false, "", "organisationId"),
    ];

    public string? Key(ImportRow row) =>
        (row.Text("seller") ?? row.Text("creditCode")) is { } seller && row.Text("buyer") is { } buyer && row.Text("product") is { } product
        && row.Text("orderedOn") is { } orderedOn && row.Text("currency") is { } currency && row.Text("amount") is { } amount
            ? $"{seller} / {buyer} / {product} / {orderedOn} / {TradeDisplay.Code(currency)} {Plain(amount)}"
            : null;

    public async Task<ImportOutcome> Import(ImportRow row, CancellationToken ct)
    {
        organisations ??= await directory.VisibleTo(user, ct);
        var orderedOn = row.Date("orderedOn");
        var buyer = row.CountryOrRegion("buyer");
        var amount = row.Decimal("amount");
        var rate = row.Decimal("rate");
        var rateOn = row.Date("rateOn");
        var status = row.Choice<OrderStatus>("status", TradeText.Of);
        var dates = new OrderPath.Dates(row.Date(OrderPath.ConfirmedOn), row.Date(OrderPath.DeliveredOn), row.Date(OrderPath.CancelledOn));
        var organisation = row.Organisation("organisation", organisations);
        var registered = await Registered(row, ct);
        var pilot = await Pilot(row, ct);
        if (status is null && row.Text("status") is null) row.Problem("status", Kernel.Resources.Text.Get("Required"));
        row.ThrowIfProblems();

        var seller = row.Text("seller");
        var currency = TradeDisplay.Code(row.Text("currency"));
        var reason = row.Text("cancelReason");
        // As on the form: a yuan order's rate is 1 whether written or not, and a pilot brings its town.
        var request = new OrderRequest(registered?.Id, registered is null ? seller : null, buyer, row.Text("product"), currency, amount,
            rate ?? (currency == Currencies.Yuan ? 1m : null), rateOn, orderedOn, null, pilot?.Id, row.Text("town") ?? pilot?.Town,
            row.Text("notes"), null, organisation, null);
        var existing = await Matching(registered, seller, request, ct);

        if (existing is null)
        {
            var steps = OrderPath.From(OrderStatus.Intent, false, status!.Value, orderedOn, dates, newOrder: true);
            // A new order is entered confirmed when it was confirmed on its order date, as the form enters it.
            var enteredConfirmed = steps.FirstOrDefault() is { To: OrderStatus.Confirmed } first && first.On == orderedOn;
            var entry = request with { Status = enteredConfirmed ? OrderStatus.Confirmed : OrderStatus.Intent };
            await row.Validate(orders, entry, ct);
            var entered = (await OrderEndpoints.Record(entry, db, user, programmes, places, ct)).Value!;
            await MoveThrough(row, entered.Id, enteredConfirmed ? steps.Skip(1) : steps, reason, orderedOn!.Value, ct);
            return ImportOutcome.Added;
        }

        var correction = request with
        {
            // The export and a hand-made ledger may leave these columns out: what the file does not say stays as it is.
            PilotId = row.Has("pilot") ? request.PilotId : existing.PilotId,
            Notes = row.Has("notes") ? request.Notes : existing.Notes,
            OrganisationId = organisation ?? existing.OrganisationId,
            ProgrammeId = existing.ProgrammeId,
            Version = existing.Version,
        };
        await row.Validate(orders, correction, ct);
        RefuseChangedHistory(row, existing, dates, reason);
        var remaining = OrderPath.From(existing.Status, existing.ConfirmedOn is not null, status!.Value, orderedOn, dates, newOrder: false);
        var changed = Differs(existing, registered, correction);
        if (changed) Found(await OrderEndpoints.Correct(existing.Id, correction, db, user, programmes, places, ct));
        if (remaining.Count == 0 && existing.Status == status) return changed ? ImportOutcome.Updated : ImportOutcome.Unchanged;

        // A row behind the ledger (or past a final status) asks the use case for its own status, and its refusal says why.
        await MoveThrough(row, existing.Id, remaining.Count > 0 ? remaining : [new(status.Value, null, "status")], reason, orderedOn!.Value, ct);
        return ImportOutcome.Updated;
    }

    /// <summary>
    /// The registered seller: by credit code when the row has one (refused when the registry does
    /// not know it), else by a name only one registered enterprise has; null keeps the typed name.
    /// </summary>
    private async Task<KnownEnterprise?> Registered(ImportRow row, CancellationToken ct)
    {
        var known = db.Enterprises.AsNoTracking().Where(e => !e.Removed);
        if (!user.SeesEverything)
        {
            var visible = user.VisibleOrganisationIds.ToList();
            known = known.Where(e => visible.Contains(e.OrganisationId));
        }
        if (TradeDisplay.Code(row.Text("creditCode")) is { } code)
        {
            var byCode = await known.FirstOrDefaultAsync(e => e.CreditCode == code, ct);
            if (byCode is null) row.Problem("creditCode", TradeText.Get("NoSuchEnterprise"));
            return byCode;
        }
        if (row.Text("seller") is not { } name) return null;
        var byName = await known.Where(e => e.Name == name).Take(2).ToListAsync(ct);
        if (byName.Count > 1) row.Problem("seller", TradeText.Format("Import.SellerAmbiguous", name));
        return byName.Count == 1 ? byName[0] : null;
    }

    private async Task<TradePilot?> Pilot(ImportRow row, CancellationToken ct)
    {
        if (row.Text("pilot") is not { } name) return null;
        var pilot = await db.Pilots.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Name == name, ct);
        if (pilot is null) row.Problem("pilot", TradeText.Get("NoSuchPilot"));
        return pilot;
    }

    /// <summary>
    /// The order the row's key names. A registered seller matches by id (its name may have changed
    /// since the file was made) or by the typed name an earlier row gave it before it was registered.
    /// Amounts are compared as numbers here: they are stored as text, where 100 and 100.00 differ.
    /// </summary>
    private async Task<OverseasOrder?> Matching(KnownEnterprise? registered, string? seller, OrderRequest r, CancellationToken ct)
    {
        var enterpriseId = registered?.Id;
        var alike = await db.Orders.AsNoTracking().VisibleTo(user)
            .Where(o => o.BuyerCountryOrRegion == r.BuyerCountryOrRegion && o.ProductCategory == r.ProductCategory && o.OrderedOn == r.OrderedOn
                && o.Currency == r.Currency && ((enterpriseId != null && o.EnterpriseId == enterpriseId) || o.EnterpriseName == seller))
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
        return alike.FirstOrDefault(o => o.Amount == r.Amount);
    }

    /// <summary>No use case changes the day an order was confirmed, delivered or cancelled, nor why it was cancelled.</summary>
    private static void RefuseChangedHistory(ImportRow row, OverseasOrder existing, OrderPath.Dates dates, string? reason)
    {
        Refuse(OrderPath.ConfirmedOn, existing.ConfirmedOn, dates.ConfirmedOn);
        Refuse(OrderPath.DeliveredOn, existing.DeliveredOn, dates.DeliveredOn);
        Refuse(OrderPath.CancelledOn, existing.CancelledOn, dates.CancelledOn);
        if (reason is not null && existing.CancelReason is { } recorded && recorded != reason)
            row.Problem("cancelReason", TradeText.Format("Import.HistoryFixed", recorded));
        row.ThrowIfProblems();

        void Refuse(string column, DateOnly? recorded, DateOnly? given)
        {
            if (given is not null && recorded is not null && given != recorded)
                row.Problem(column, TradeText.Format("Import.HistoryFixed", recorded.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private async Task MoveThrough(ImportRow row, Guid id, IEnumerable<OrderPath.Step> steps, string? reason, DateOnly orderedOn, CancellationToken ct)
    {
        foreach (var step in steps)
        {
            var order = await db.Orders.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Status, o.Version }).SingleAsync(ct);
            db.ChangeTracker.Clear();
            // A step the order cannot take needs neither day nor reason: the use case's refusal, on the
            // status column, is what the row must hear, not that a blank cell is required.
            var allowed = OrderStatusRules.CanMove(order.Status, step.To);
            var request = new OrderStatusRequest(step.To, allowed ? step.On : step.On ?? orderedOn,
                step.To == OrderStatus.Cancelled ? reason : null, order.Version);
            if (allowed)
            {
                // The status request has one date field for every step; its problems belong to the step's own date column.
                var result = await moves.ValidateAsync(request, ct);
                foreach (var failure in result.Errors)
                    row.Problem(ColumnOf(failure.PropertyName, step), failure.ErrorMessage);
                row.ThrowIfProblems();
            }
            try
            {
                Found(await OrderEndpoints.Move(id, request, db, user, ct));
            }
            catch (RequestRejectedException rejected) when (rejected.Field == "on")
            {
                throw new RequestRejectedException(step.Column, rejected.Message);
            }
        }
    }

    private static string ColumnOf(string field, OrderPath.Step step) => field.ToLowerInvariant() switch
    {
        "on" => step.Column,
        "reason" => "cancelReason",
        _ => "status",
    };

    private static bool Differs(OverseasOrder o, KnownEnterprise? registered, OrderRequest r) =>
        (registered is null ? o.EnterpriseId is not null || o.EnterpriseName != r.EnterpriseName!.Trim() : o.EnterpriseId != registered.Id)
        || o.BuyerCountryOrRegion != r.BuyerCountryOrRegion || o.ProductCategory != r.ProductCategory!.Trim() || o.Currency != r.Currency
        || o.Amount != r.Amount || o.RateToYuan != r.RateToYuan || o.RateOn != (r.RateOn ?? r.OrderedOn) || o.OrderedOn != r.OrderedOn
        || o.PilotId != r.PilotId || o.Town != r.Town!.Trim() || o.Notes != (string.IsNullOrWhiteSpace(r.Notes) ? null : r.Notes.Trim())
        || o.OrganisationId != r.OrganisationId;

    private static void Found(Results<Ok<OrderResponse>, NotFound> result)
    {
        if (result.Result is NotFound) throw new RequestRejectedException("", TradeText.Get("Import.OrderGone"));
    }

    /// <summary>An amount as the key shows it: 1,875,000.50 and 1875000.5 are one amount, as are 5000万 and 50000000.</summary>
    private static string Plain(string amount) =>
        Kernel.Money.AmountText.TryParse(amount, out var value)
            ? value.ToString("0.##########", CultureInfo.InvariantCulture)
            : amount;
}
