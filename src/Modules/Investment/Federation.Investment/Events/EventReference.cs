using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Events;

internal static class EventReference
{
    /// <summary>A project or credit line may name only an event the user can see.</summary>
    public static async Task EnsureVisible(InvestmentDbContext db, ICurrentUser user, Guid? eventId, CancellationToken ct)
    {
        if (eventId is not null && !await db.Events.VisibleTo(user).AnyAsync(e => e.Id == eventId, ct))
            throw new RequestRejectedException("eventId", InvestmentText.Get("EventNotVisible"));
    }
}
