using Federation.Enterprises.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Kernel.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Registry;

/// <summary>The explicit "show" action: one enterprise contact's phone in full, by the contact's place in the list, logged.</summary>
internal static class ContactPhoneShown
{
    internal static async Task<Results<Ok<ShownValue>, NotFound>> Show(Guid id, string? field, int? contact, EnterprisesDbContext db,
        ICurrentUser user, IPersonalDataLog log, CancellationToken ct)
    {
        var asked = ContactPersonalData.Type.FieldAsked(field);
        if (contact is null) throw new RequestRejectedException("contact", Text.Get("RequiredField"));
        var enterprise = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null) return TypedResults.NotFound();
        if (contact < 0 || contact >= enterprise.Contacts.Count)
            throw new RequestRejectedException("contact", Text.Get("PersonalData.NoSuchContact"));
        await log.Record(ContactPersonalData.Type, PersonalDataAction.Shown, [ContactPersonalData.Subject(enterprise)], [asked.Name], null, ct);
        return TypedResults.Ok(new ShownValue(asked.Name, enterprise.Contacts[contact.Value].Phone));
    }
}
