using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Kernel.PersonalData;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.PersonalData;

/// <summary>Reads the personal-data access log, newest first, for its API and its page alike.</summary>
internal sealed class PersonalDataLogQuery(PlatformDbContext db, ICurrentUser reader, IModuleDirectory modules)
{
    internal sealed record ListQuery(string? UserName, string? Module, Guid? RecordId, string? Action,
        DateTime? From, DateTime? To, int? Page, int? PageSize);

    internal sealed record AccessResponse(long Id, DateTime AtUtc, Guid? UserId, string UserName, string? UserDisplayName,
        string? Address, PersonalDataAction Action, string ActionName, string Module, string ModuleTitle, string RecordType,
        string RecordTypeTitle, Guid RecordId, string RecordName, Guid OrganisationId, IReadOnlyList<string> Fields,
        IReadOnlyList<string> FieldTitles, string? Reason);

    public async Task<PagedList<AccessResponse>> List(ListQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        if (query.From is not null && query.To is not null && query.From > query.To)
            throw new RequestRejectedException("to", PlatformText.Get("RangeEndBeforeStart"));
        if (!string.IsNullOrWhiteSpace(query.Module) && modules.Enabled.All(m => m.Name != query.Module))
            throw new RequestRejectedException("module", PlatformText.Format("AuditUnknownModule", query.Module));
        if (query.UserName is { Length: > 50 }) throw new RequestRejectedException("userName", PlatformText.Get("AuditFilterTooLong"));
        var action = QueryValues.Enum<PersonalDataAction>(query.Action, "action");
        var rows = db.PersonalDataAccess.AsNoTracking();
        // Like the audit log: a branch's admin reviews the access to its own subtree's records.
        if (!reader.SeesEverything)
        {
            var visible = reader.VisibleOrganisationIds.ToList();
            rows = rows.Where(a => visible.Contains(a.OrganisationId));
        }
        if (!string.IsNullOrWhiteSpace(query.UserName)) rows = rows.Where(a => a.UserName == query.UserName.Trim().ToLower());
        if (!string.IsNullOrWhiteSpace(query.Module)) rows = rows.Where(a => a.Module == query.Module);
        if (query.RecordId is not null) rows = rows.Where(a => a.RecordId == query.RecordId);
        if (action is not null) rows = rows.Where(a => a.Action == action);
        if (query.From is not null) rows = rows.Where(a => a.AtUtc >= query.From.Value.ToUniversalTime());
        if (query.To is not null) rows = rows.Where(a => a.AtUtc <= query.To.Value.ToUniversalTime());
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var userIds = items.Where(a => a.UserId is not null).Select(a => a.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new PagedList<AccessResponse>(items.Select(a => Readable(a, names)).ToList(), total, page, size);
    }

    private AccessResponse Readable(PersonalDataAccess a, Dictionary<Guid, string> names)
    {
        var culture = CultureInfo.CurrentUICulture;
        var module = modules.Enabled.FirstOrDefault(m => m.Name == a.Module);
        var type = module?.PersonalData.FirstOrDefault(t => t.RecordType == a.RecordType);
        var fields = a.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return new AccessResponse(a.Id, a.AtUtc, a.UserId, a.UserName, a.UserId is { } id ? names.GetValueOrDefault(id) : null,
            a.Address, a.Action, PlatformText.Get("PersonalData.Action." + a.Action, culture), a.Module,
            module?.Title.For(culture) ?? a.Module, a.RecordType, type?.Title.For(culture) ?? a.RecordType, a.RecordId, a.RecordName,
            a.OrganisationId, fields, fields.Select(f => type?.Field(f)?.Title.For(culture) ?? f).ToList(), a.Reason);
    }
}
