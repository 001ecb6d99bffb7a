using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Platform.Data;
using Microsoft.AspNetCore.Http;

namespace Federation.Platform.PersonalData;

/// <summary>
/// Writes the access log at once, in its own save: a disclosure is logged whether or not the
/// request changes anything, and before the answer leaves.
/// </summary>
internal sealed class PersonalDataLog(PlatformDbContext db, ICurrentUser reader, IHttpContextAccessor http, TimeProvider clock) : IPersonalDataLog
{
    public async Task Record(PersonalRecordType type, PersonalDataAction action, IReadOnlyList<PersonalDataSubject> subjects,
        IReadOnlyList<string> fields, string? reason, CancellationToken ct)
    {
        if (subjects.Count == 0 || fields.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var userName = reader.UserName.Length <= 50 ? reader.UserName : reader.UserName[..50];
        var trimmedReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmedReason is { Length: > PersonalDataAccess.ReasonLength }) trimmedReason = trimmedReason[..PersonalDataAccess.ReasonLength];
        db.PersonalDataAccess.AddRange(subjects.DistinctBy(s => s.RecordId).Select(s => new PersonalDataAccess
        {
            AtUtc = now,
            UserId = reader.UserId,
            UserName = userName,
            Address = address,
            Action = action,
            Module = type.Module,
            RecordType = type.RecordType,
            RecordId = s.RecordId,
            RecordName = s.Name.Length <= 200 ? s.Name : s.Name[..200],
            OrganisationId = s.OrganisationId,
            Fields = string.Join(",", fields),
            Reason = trimmedReason,
        }));
        await db.SaveChangesAsync(ct);
    }
}
