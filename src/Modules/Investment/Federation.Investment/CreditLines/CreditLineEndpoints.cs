using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Money = Federation.Kernel.Money.Money;

namespace Federation.Investment.CreditLines;

internal static class CreditLineEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var lines = api.MapGroup("/credit-lines").WithTag("Bank credit lines", "Credit lines banks granted to overseas Chinese enterprises through the federation.");
        lines.MapGet("/", List).RequirePermission(InvestmentModule.Read)
            .Describe("investmentCreditLinesList", "List bank credit lines",
                "Pages through the bank credit lines visible to the caller (filters year, eventId, organisationId), answering { items, total, page, pageSize }.");
        lines.MapGet("/{id:guid}", Get).RequirePermission(InvestmentModule.Read)
            .Describe("investmentCreditLinesGet", "Read a bank credit line",
                "Answers one bank credit line with its current version; 404 when it does not exist or is outside the caller's organisations.");
        lines.MapPost("/", Grant).RequirePermission(InvestmentModule.Write).Validate<CreditLineRequest>()
            .Describe("investmentCreditLinesCreate", "Record a bank credit line",
                "Records a new bank credit line; the answer is the stored bank credit line (201, with its address in Location). Every refused field is named in the problem's errors.");
        lines.MapPut("/{id:guid}", Correct).RequirePermission(InvestmentModule.Write).Validate<CreditLineRequest>()
            .Describe("investmentCreditLinesUpdate", "Correct a bank credit line",
                "Replaces the bank credit line's details; send the version you read, or get 409 with currentVersion.");
        lines.MapDelete("/{id:guid}", Remove).RequirePermission(InvestmentModule.Write)
            .Describe("investmentCreditLinesDelete", "Delete a bank credit line",
                "Moves the bank credit line to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, Guid? EventId, Guid? OrganisationId, int? Page, int? PageSize);

    internal sealed record CreditLinePage(IReadOnlyList<CreditLineResponse> Items, int Total, decimal TotalAmountYuan, int Page, int PageSize);

    internal static async Task<Ok<CreditLinePage>> List(
        [AsParameters] ListQuery query, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var rows = db.CreditLines.AsNoTracking().VisibleTo(user);
        if (year is not null)
            rows = rows.Where(c => c.GrantedOn >= new DateOnly(year.Value, 1, 1) && c.GrantedOn <= new DateOnly(year.Value, 12, 31));
        if (query.EventId is not null) rows = rows.Where(c => c.EventId == query.EventId);
        if (query.OrganisationId is not null) rows = rows.Where(c => c.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var totalFen = await rows.SumAsync(c => (long?)c.AmountFen, ct) ?? 0;
        var items = await rows.OrderByDescending(c => c.GrantedOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new CreditLinePage(items.Select(CreditLineResponse.From).ToList(), total, totalFen / 100m, page, size));
    }

    internal static async Task<Results<Ok<CreditLineResponse>, NotFound>> Get(
        Guid id, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var line = await db.CreditLines.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        return line is null ? TypedResults.NotFound() : TypedResults.Ok(CreditLineResponse.From(line));
    }

    internal static async Task<Created<CreditLineResponse>> Grant(
        CreditLineRequest request, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        await EventReference.EnsureVisible(db, user, request.EventId, ct);
        var line = new CreditLine { Bank = request.Bank!, BeneficiaryGroup = request.BeneficiaryGroup! };
        Apply(line, request);
        line.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.CreditLines.Add(line);
        db.Publish(() => new CreditLineGranted(line.ToSnapshot()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/investment/credit-lines/{line.Id}", CreditLineResponse.From(line));
    }

    internal static async Task<Results<Ok<CreditLineResponse>, NotFound>> Correct(
        Guid id, CreditLineRequest request, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var line = await db.CreditLines.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (line is null) return TypedResults.NotFound();
        db.ExpectVersion(line, request.Version);
        await EventReference.EnsureVisible(db, user, request.EventId, ct);
        Apply(line, request);
        line.OrganisationId = user.OwnerFor(request.OrganisationId ?? line.OrganisationId);
        db.Publish(() => new CreditLineCorrected(line.ToSnapshot()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CreditLineResponse.From(line));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(
        Guid id, int? version, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var line = await db.CreditLines.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (line is null) return TypedResults.NotFound();
        db.ExpectVersion(line, version);
        db.CreditLines.Remove(line);
        db.Publish(new CreditLineRemoved(line.Id, line.OrganisationId, line.Version + 1));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }


    private static void Apply(CreditLine line, CreditLineRequest request)
    {
        line.Bank = request.Bank!.Trim();
        line.BeneficiaryGroup = request.BeneficiaryGroup!.Trim();
        line.AmountFen = Money.FromYuan(request.AmountYuan!.Value).Fen;
        line.AmountQualifier = request.AmountQualifier ?? Kernel.Figures.Qualifier.Exact;
        line.GrantedOn = request.GrantedOn!.Value;
        line.EventId = request.EventId;
        line.Notes = request.Notes;
    }
}
