using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Kernel.Resources;
using Federation.Talent.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Talents;

/// <summary>
/// The explicit "show" action: one talent's contact in full for a reader of the talent, logged.
/// A talent who did not agree to be contacted keeps the contact from readers without the permission.
/// </summary>
internal static class TalentContactShown
{
    internal static async Task<Results<Ok<ShownValue>, NotFound>> Show(Guid id, string? field, TalentDbContext db, ICurrentUser user,
        IPersonalDataLog log, CancellationToken ct)
    {
        var asked = TalentPersonalData.Type.FieldAsked(field);
        var talent = await db.Talents.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (talent is null) return TypedResults.NotFound();
        if (!talent.ConsentToContact && !user.SeesInFull(TalentPersonalData.Type))
            throw new RuleViolationException(asked.Name, Text.Get("PersonalData.NoConsent"));
        await TalentPersonalData.Disclosed(log, PersonalDataAction.Shown, [talent], null, ct);
        return TypedResults.Ok(new ShownValue(asked.Name, talent.Contact));
    }
}
