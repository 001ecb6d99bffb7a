using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.SignIns;

/// <summary>Reads the sign-in log, newest first, for its API and its page alike.</summary>
internal sealed class SignInLogQuery(PlatformDbContext db, ICurrentUser reader)
{
    internal sealed record ListQuery(string? UserName, string? Outcome, string? Address, DateTime? From, DateTime? To, int? Page, int? PageSize);

    internal sealed record SignInResponse(long Id, DateTime AtUtc, Guid? UserId, string UserName, string? UserDisplayName,
        string Address, string Device, SignInOutcome Outcome, string OutcomeName);

    public async Task<PagedList<SignInResponse>> List(ListQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        if (query.From is not null && query.To is not null && query.From > query.To)
            throw new RequestRejectedException("to", PlatformText.Get("RangeEndBeforeStart"));
        if (query.UserName is { Length: > SignInRecord.NameLength }) throw new RequestRejectedException("userName", PlatformText.Get("AuditFilterTooLong"));
        if (query.Address is { Length: > SignInRecord.AddressLength }) throw new RequestRejectedException("address", PlatformText.Get("AuditFilterTooLong"));
        var outcome = QueryValues.Enum<SignInOutcome>(query.Outcome, "outcome");
        var rows = db.SignInRecords.AsNoTracking();
        // Like the audit log: a branch's admin reads its own subtree's users' sign-ins; a name that
        // belongs to nobody is no branch's, so only the top level's admins see those.
        if (!reader.SeesEverything)
        {
            var visible = reader.VisibleOrganisationIds.ToList();
            rows = rows.Where(r => r.OrganisationId != null && visible.Contains(r.OrganisationId.Value));
        }
        if (!string.IsNullOrWhiteSpace(query.UserName)) rows = rows.Where(r => r.UserName == query.UserName.Trim().ToLower());
        if (!string.IsNullOrWhiteSpace(query.Address)) rows = rows.Where(r => r.Address == query.Address.Trim());
        if (outcome is not null) rows = rows.Where(r => r.Outcome == outcome);
        if (query.From is not null) rows = rows.Where(r => r.AtUtc >= query.From.Value.ToUniversalTime());
        if (query.To is not null) rows = rows.Where(r => r.AtUtc <= query.To.Value.ToUniversalTime());
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var userIds = items.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var culture = CultureInfo.CurrentUICulture;
        return new PagedList<SignInResponse>(items.Select(r => new SignInResponse(r.Id, r.AtUtc, r.UserId, r.UserName,
            r.UserId is { } id ? names.GetValueOrDefault(id) : null, r.Address, r.Device, r.Outcome,
            PlatformText.Get("SignInLog.Outcome." + r.Outcome, culture))).ToList(), total, page, size);
    }
}
