using Federation.Platform.Audit;
using Federation.Platform.Data;
using Federation.Platform.Identity;

namespace Federation.Platform.SignIns;

/// <summary>
/// What every sign-in attempt leaves, by password or through the organisation's provider: the
/// audit log's sign-in entry (ADR 0026) and the sign-in log's row of where from and how it ended.
/// Added to the context; the caller saves.
/// </summary>
internal static class SignInEntries
{
    public static void Add(PlatformDbContext db, User? user, string name, SignInClient client, SignInOutcome outcome, DateTime now)
    {
        db.AuditEntries.Add(outcome == SignInOutcome.SignedIn
            ? SignInAudit.Succeeded(user!.Id, user.UserName, user.OrganisationId, now)
            : SignInAudit.Failed(user?.Id, user?.UserName ?? name, user?.OrganisationId, now));
        db.SignInRecords.Add(new SignInRecord
        {
            AtUtc = now,
            UserId = user?.Id,
            UserName = name.Length <= SignInRecord.NameLength ? name : name[..SignInRecord.NameLength],
            OrganisationId = user?.OrganisationId,
            Address = client.Address,
            Device = client.Device,
            Outcome = outcome,
        });
    }
}
